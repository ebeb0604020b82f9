//! The AVX-512 kernel: sixteen MD5 states side by side, one stream per
//! 32-bit lane of four registers (`a`, `b`, `c`, `d`).
//!
//! MD5's round functions are bitwise selections (one `vpternlogd` each) and
//! its rotations are `vprold`. The next block of every lane is one 64-byte
//! load; sixteen such rows are turned into sixteen columns (word `w` of
//! every lane) by shuffles, so one pass over the 64 steps advances all
//! sixteen streams by one block. (Gathering the columns with `vpgatherdd`
//! instead was twice as slow on AMD Zen 4.)
//!
//! This is the only module of the workspace with `unsafe` code: the
//! intrinsics are `unsafe` to call because the CPU must support them, and the
//! loads read memory through raw pointers. [`compress`] is the safe door: it
//! checks the CPU and the lengths before entering.

#![allow(unsafe_code)]

/// Sixteen MD5 states: `state[0][lane]` is lane's `a`, and so on.
pub(crate) type State = [[u32; 16]; 4];

/// Lanes processed by one kernel call.
pub(crate) const LANES: usize = 16;

/// Whether this CPU runs the kernel.
pub(crate) fn available() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Advances the lanes set in `mask` by `blocks` 64-byte blocks, lane `j`
/// reading from `data[j]`; the other lanes keep their state.
///
/// Does nothing when the CPU lacks AVX-512 (callers check [`available`]
/// first) and never reads past the end of a lane: `blocks` is cut down to
/// what the shortest masked lane holds.
pub(crate) fn compress(state: &mut State, data: &[&[u8]; LANES], mask: u16, blocks: usize) {
    let mut blocks = blocks;
    for (j, lane) in data.iter().enumerate() {
        if mask & (1 << j) != 0 {
            blocks = blocks.min(lane.len() / 64);
        }
    }
    let Some(first) = (0..LANES).find(|j| mask & (1 << j) != 0) else {
        return;
    };
    if blocks == 0 || !available() {
        return;
    }
    // Unmasked lanes read the first masked lane (their results are dropped).
    let rows: [&[u8]; LANES] = std::array::from_fn(|j| {
        if mask & (1 << j) != 0 {
            data[j]
        } else {
            data[first]
        }
    });
    run(state, &rows, mask, blocks);
}

/// Enters the kernel; the caller made sure every lane holds `blocks`
/// blocks.
#[cfg(target_arch = "x86_64")]
fn run(state: &mut State, rows: &[&[u8]; LANES], mask: u16, blocks: usize) {
    if available() {
        let lanes: [*const u8; LANES] = std::array::from_fn(|j| rows[j].as_ptr());
        // SAFETY: the CPU has AVX-512F (checked just above); `compress`
        // bounded `blocks` by the length of every lane, each a live borrow
        // for the whole call.
        unsafe { kernel(state, &lanes, mask, blocks) }
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn run(_: &mut State, _: &[&[u8]; LANES], _: u16, _: usize) {}

/// Turns sixteen rows (a block of each lane: sixteen words) into sixteen
/// columns (one word of every lane): `out[w]` holds word `w` of each lane.
///
/// Two 4 × 4 transposes: of the 32-bit words inside each 128-bit quarter,
/// then of the quarters across registers.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
#[inline]
fn transpose(rows: &[std::arch::x86_64::__m512i; LANES]) -> [std::arch::x86_64::__m512i; LANES] {
    use std::arch::x86_64::*;
    // by_word[k][g]: in quarter `q`, word `4q + k` of rows `4g .. 4g + 4`.
    let mut by_word = [[_mm512_setzero_si512(); 4]; 4];
    for g in 0..4 {
        let r = &rows[4 * g..4 * g + 4];
        let low01 = _mm512_unpacklo_epi32(r[0], r[1]);
        let high01 = _mm512_unpackhi_epi32(r[0], r[1]);
        let low23 = _mm512_unpacklo_epi32(r[2], r[3]);
        let high23 = _mm512_unpackhi_epi32(r[2], r[3]);
        by_word[0][g] = _mm512_unpacklo_epi64(low01, low23);
        by_word[1][g] = _mm512_unpackhi_epi64(low01, low23);
        by_word[2][g] = _mm512_unpacklo_epi64(high01, high23);
        by_word[3][g] = _mm512_unpackhi_epi64(high01, high23);
    }
    let mut out = [_mm512_setzero_si512(); LANES];
    for (k, b) in by_word.iter().enumerate() {
        let front01 = _mm512_shuffle_i32x4::<0x44>(b[0], b[1]);
        let back01 = _mm512_shuffle_i32x4::<0xEE>(b[0], b[1]);
        let front23 = _mm512_shuffle_i32x4::<0x44>(b[2], b[3]);
        let back23 = _mm512_shuffle_i32x4::<0xEE>(b[2], b[3]);
        out[k] = _mm512_shuffle_i32x4::<0x88>(front01, front23);
        out[4 + k] = _mm512_shuffle_i32x4::<0xDD>(front01, front23);
        out[8 + k] = _mm512_shuffle_i32x4::<0x88>(back01, back23);
        out[12 + k] = _mm512_shuffle_i32x4::<0xDD>(back01, back23);
    }
    out
}

/// MD5's additive constants, `floor(abs(sin(i + 1)) × 2^32)`.
#[cfg(target_arch = "x86_64")]
const K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/// The 64 steps over `blocks` blocks of every lane.
///
/// # Safety
/// The CPU must support AVX-512F, and for every lane `j` the bytes
/// `lanes[j] .. lanes[j] + 64 × blocks` must be readable.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn kernel(state: &mut State, lanes: &[*const u8; LANES], mask: u16, blocks: usize) {
    use std::arch::x86_64::*;

    // One step: a = b + ((a + f(b, c, d) + m + k) <<< s), with `f` given as
    // the truth table of `vpternlogd`.
    macro_rules! step {
        ($a:ident, $b:ident, $c:ident, $d:ident, $m:expr, $k:expr, $s:literal, $f:literal) => {
            let f = _mm512_ternarylogic_epi32::<$f>($b, $c, $d);
            let sum = _mm512_add_epi32(
                _mm512_add_epi32($a, f),
                _mm512_add_epi32($m, _mm512_set1_epi32($k as i32)),
            );
            $a = _mm512_add_epi32($b, _mm512_rol_epi32::<$s>(sum));
        };
    }
    let first = |i: usize| i;
    let second = |i: usize| (5 * i + 1) % 16;
    let third = |i: usize| (3 * i + 5) % 16;
    let fourth = |i: usize| (7 * i) % 16;

    // SAFETY (whole body): the loads and stores below touch `state` (four
    // rows of sixteen u32, 64 bytes each) and, through the loads, only the
    // bytes the caller vouched for.
    unsafe {
        let start = [
            _mm512_loadu_si512(state[0].as_ptr().cast()),
            _mm512_loadu_si512(state[1].as_ptr().cast()),
            _mm512_loadu_si512(state[2].as_ptr().cast()),
            _mm512_loadu_si512(state[3].as_ptr().cast()),
        ];
        let [mut a, mut b, mut c, mut d] = start;
        // Four steps of round `$f` starting at step `$i`, word order `$g`.
        macro_rules! four {
            ($m:ident, $i:expr, $g:expr, $f:literal, $s0:literal, $s1:literal, $s2:literal, $s3:literal) => {
                step!(a, b, c, d, $m[$g($i)], K[$i], $s0, $f);
                step!(d, a, b, c, $m[$g($i + 1)], K[$i + 1], $s1, $f);
                step!(c, d, a, b, $m[$g($i + 2)], K[$i + 2], $s2, $f);
                step!(b, c, d, a, $m[$g($i + 3)], K[$i + 3], $s3, $f);
            };
        }
        for block in 0..blocks {
            let rows: [__m512i; LANES] =
                std::array::from_fn(|j| _mm512_loadu_si512(lanes[j].add(64 * block).cast()));
            let m = transpose(&rows);
            let (aa, bb, cc, dd) = (a, b, c, d);
            // F = (b & c) | (!b & d)
            four!(m, 0, first, 0xCA, 7, 12, 17, 22);
            four!(m, 4, first, 0xCA, 7, 12, 17, 22);
            four!(m, 8, first, 0xCA, 7, 12, 17, 22);
            four!(m, 12, first, 0xCA, 7, 12, 17, 22);
            // G = (b & d) | (c & !d)
            four!(m, 16, second, 0xE4, 5, 9, 14, 20);
            four!(m, 20, second, 0xE4, 5, 9, 14, 20);
            four!(m, 24, second, 0xE4, 5, 9, 14, 20);
            four!(m, 28, second, 0xE4, 5, 9, 14, 20);
            // H = b ^ c ^ d
            four!(m, 32, third, 0x96, 4, 11, 16, 23);
            four!(m, 36, third, 0x96, 4, 11, 16, 23);
            four!(m, 40, third, 0x96, 4, 11, 16, 23);
            four!(m, 44, third, 0x96, 4, 11, 16, 23);
            // I = c ^ (b | !d)
            four!(m, 48, fourth, 0x39, 6, 10, 15, 21);
            four!(m, 52, fourth, 0x39, 6, 10, 15, 21);
            four!(m, 56, fourth, 0x39, 6, 10, 15, 21);
            four!(m, 60, fourth, 0x39, 6, 10, 15, 21);
            a = _mm512_add_epi32(a, aa);
            b = _mm512_add_epi32(b, bb);
            c = _mm512_add_epi32(c, cc);
            d = _mm512_add_epi32(d, dd);
        }
        // Lanes outside the mask keep the state they came in with.
        let keep = |old: __m512i, new: __m512i| _mm512_mask_mov_epi32(old, mask, new);
        let out = [
            keep(start[0], a),
            keep(start[1], b),
            keep(start[2], c),
            keep(start[3], d),
        ];
        for (row, value) in state.iter_mut().zip(out) {
            _mm512_storeu_si512(row.as_mut_ptr().cast(), value);
        }
    }
}
