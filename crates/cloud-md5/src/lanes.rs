//! [`Md5Lanes`]: the streams, their unfinished blocks and their lengths,
//! fed to the AVX-512 kernel a block row at a time, or to one ordinary MD5
//! per stream.

use md5::Digest as _;

use crate::wide::{self, State};

/// The most streams one [`Md5Lanes`] hashes.
///
/// ```
/// assert_eq!(cloud_md5::LANES, 16);
/// ```
pub const LANES: usize = wide::LANES;

/// From how many streams the AVX-512 lanes are used: the kernel costs the
/// same for one busy lane as for sixteen, and beats one ordinary MD5 per
/// stream from this many on (measured on AMD Zen 4, per GiB in all: md-5
/// 1.85 s; lanes 1.15 s for two streams, 0.76 s for three, 0.29 s for
/// eight, 0.16 s for sixteen).
///
/// ```
/// assert!(cloud_md5::WIDE_FROM > 1 && cloud_md5::WIDE_FROM <= cloud_md5::LANES);
/// ```
pub const WIDE_FROM: usize = 2;

/// MD5's initial state.
const INITIAL: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];

/// MD5 of up to [`LANES`] streams, fed together.
///
/// Each [`update`](Md5Lanes::update) gives every stream its next bytes
/// (any lengths, empty too); [`finalize`](Md5Lanes::finalize) returns the
/// digests in stream order. The digests are MD5's whatever the CPU; it is
/// fastest when the streams get pieces of the same length, a multiple of 64.
///
/// ```
/// let data = vec![7u8; 1 << 20];
/// let mut lanes = cloud_md5::Md5Lanes::new(3);
/// for piece in data.chunks(4096) {
///     lanes.update(&[piece, piece, &piece[..10]]);
/// }
/// let digests = lanes.finalize();
/// assert_eq!(digests[0], digests[1]);
/// assert_ne!(digests[0], digests[2]);
/// ```
pub struct Md5Lanes {
    engine: Engine,
}

enum Engine {
    /// AVX-512 lanes.
    Wide(Box<WideLanes>),
    /// One ordinary MD5 per stream.
    Plain(Vec<md5::Md5>),
}

/// The lanes' states and what each stream has not filled a block with yet.
struct WideLanes {
    streams: usize,
    state: State,
    bytes: [u64; LANES],
    tail: [[u8; 64]; LANES],
    tail_len: [usize; LANES],
}

impl Md5Lanes {
    /// Hashes `streams` streams (at most [`LANES`]; more are cut to that,
    /// and 0 is taken as 1).
    ///
    /// ```
    /// let lanes = cloud_md5::Md5Lanes::new(16);
    /// assert_eq!(lanes.streams(), 16);
    /// ```
    pub fn new(streams: usize) -> Self {
        let streams = streams.clamp(1, LANES);
        if streams >= WIDE_FROM && wide::available() {
            Self::wide(streams)
        } else {
            Self::plain(streams)
        }
    }

    fn wide(streams: usize) -> Self {
        let mut state = [[0u32; LANES]; 4];
        for (row, value) in state.iter_mut().zip(INITIAL) {
            *row = [value; LANES];
        }
        Md5Lanes {
            engine: Engine::Wide(Box::new(WideLanes {
                streams,
                state,
                bytes: [0; LANES],
                tail: [[0; 64]; LANES],
                tail_len: [0; LANES],
            })),
        }
    }

    fn plain(streams: usize) -> Self {
        Md5Lanes {
            engine: Engine::Plain(vec![md5::Md5::new(); streams]),
        }
    }

    /// How many streams this hashes.
    ///
    /// ```
    /// assert_eq!(cloud_md5::Md5Lanes::new(40).streams(), cloud_md5::LANES);
    /// ```
    pub fn streams(&self) -> usize {
        match &self.engine {
            Engine::Wide(wide) => wide.streams,
            Engine::Plain(plain) => plain.len(),
        }
    }

    /// Whether the streams run in AVX-512 lanes.
    ///
    /// ```
    /// let lanes = cloud_md5::Md5Lanes::new(1);
    /// assert!(!lanes.is_wide(), "one stream is hashed the ordinary way");
    /// ```
    pub fn is_wide(&self) -> bool {
        matches!(self.engine, Engine::Wide(_))
    }

    /// Gives stream `j` the bytes `pieces[j]`; pieces beyond
    /// [`streams`](Md5Lanes::streams) are ignored.
    ///
    /// ```
    /// let mut lanes = cloud_md5::Md5Lanes::new(2);
    /// lanes.update(&[b"a", b"b"]);
    /// lanes.update(&[b"bc"]); // only the first stream goes on
    /// let digests = lanes.finalize();
    /// assert_eq!(cloud_md5::hex(&digests[0]), "900150983cd24fb0d6963f7d28e17f72");
    /// ```
    pub fn update(&mut self, pieces: &[&[u8]]) {
        match &mut self.engine {
            Engine::Wide(wide) => wide.update(pieces),
            Engine::Plain(plain) => {
                for (md5, piece) in plain.iter_mut().zip(pieces) {
                    md5.update(piece);
                }
            }
        }
    }

    /// The MD5 of every stream, in order.
    ///
    /// ```
    /// let digests = cloud_md5::Md5Lanes::new(1).finalize();
    /// assert_eq!(cloud_md5::hex(&digests[0]), "d41d8cd98f00b204e9800998ecf8427e");
    /// ```
    pub fn finalize(self) -> Vec<[u8; 16]> {
        match self.engine {
            Engine::Wide(wide) => wide.finalize(),
            Engine::Plain(plain) => plain.into_iter().map(|md5| md5.finalize().into()).collect(),
        }
    }
}

impl WideLanes {
    fn update(&mut self, pieces: &[&[u8]]) {
        let mut rest: [&[u8]; LANES] = [&[]; LANES];
        let mut full_tails = 0u16;
        for (j, piece) in pieces.iter().take(self.streams).enumerate() {
            self.bytes[j] += piece.len() as u64;
            let mut piece = *piece;
            let filled = self.tail_len[j];
            if filled > 0 {
                let take = (64 - filled).min(piece.len());
                self.tail[j][filled..filled + take].copy_from_slice(&piece[..take]);
                self.tail_len[j] += take;
                piece = &piece[take..];
                if self.tail_len[j] == 64 {
                    full_tails |= 1 << j;
                }
            }
            rest[j] = piece;
        }
        // Blocks completed from earlier pieces go first, all in one row.
        if full_tails != 0 {
            let tails: [&[u8]; LANES] = std::array::from_fn(|j| &self.tail[j][..]);
            wide::compress(&mut self.state, &tails, full_tails, 1);
            for (j, len) in self.tail_len.iter_mut().enumerate() {
                if full_tails & (1 << j) != 0 {
                    *len = 0;
                }
            }
        }
        // Whole blocks straight from the pieces: rows as long as the
        // shortest busy stream, until no stream has a whole block left.
        loop {
            let mut busy = 0u16;
            let mut blocks = usize::MAX;
            for (j, piece) in rest.iter().enumerate() {
                if piece.len() >= 64 {
                    busy |= 1 << j;
                    blocks = blocks.min(piece.len() / 64);
                }
            }
            if busy == 0 {
                break;
            }
            wide::compress(&mut self.state, &rest, busy, blocks);
            for (j, piece) in rest.iter_mut().enumerate() {
                if busy & (1 << j) != 0 {
                    *piece = &piece[blocks * 64..];
                }
            }
        }
        // What is left is less than a block and the tail is empty there.
        for (j, piece) in rest.iter().enumerate() {
            if !piece.is_empty() {
                let at = self.tail_len[j];
                self.tail[j][at..at + piece.len()].copy_from_slice(piece);
                self.tail_len[j] += piece.len();
            }
        }
    }

    fn finalize(mut self) -> Vec<[u8; 16]> {
        // MD5 padding: 0x80, zeros, the length in bits (little-endian) in
        // the last 8 bytes; one block, or two when the tail has no room.
        let mut padded = [[0u8; 128]; LANES];
        let mut two_blocks = 0u16;
        for (j, block) in padded.iter_mut().enumerate().take(self.streams) {
            let filled = self.tail_len[j];
            block[..filled].copy_from_slice(&self.tail[j][..filled]);
            block[filled] = 0x80;
            let length_at = if filled < 56 {
                56
            } else {
                two_blocks |= 1 << j;
                120
            };
            block[length_at..length_at + 8]
                .copy_from_slice(&self.bytes[j].wrapping_mul(8).to_le_bytes());
        }
        let all = u16::try_from((1u32 << self.streams) - 1).unwrap_or(u16::MAX);
        let first: [&[u8]; LANES] = std::array::from_fn(|j| &padded[j][..64]);
        wide::compress(&mut self.state, &first, all, 1);
        if two_blocks != 0 {
            let second: [&[u8]; LANES] = std::array::from_fn(|j| &padded[j][64..]);
            wide::compress(&mut self.state, &second, two_blocks, 1);
        }
        (0..self.streams)
            .map(|j| {
                let mut digest = [0u8; 16];
                for (word, row) in digest.chunks_exact_mut(4).zip(&self.state) {
                    word.copy_from_slice(&row[j].to_le_bytes());
                }
                digest
            })
            .collect()
    }
}

/// The MD5 of each of `inputs` (up to [`LANES`] at a time in lanes).
///
/// ```
/// let digests = cloud_md5::md5_many(&[b"", b"abc"]);
/// assert_eq!(cloud_md5::hex(&digests[1]), "900150983cd24fb0d6963f7d28e17f72");
/// ```
pub fn md5_many(inputs: &[&[u8]]) -> Vec<[u8; 16]> {
    let mut out = Vec::with_capacity(inputs.len());
    for group in inputs.chunks(LANES) {
        let mut lanes = Md5Lanes::new(group.len());
        lanes.update(group);
        out.extend(lanes.finalize());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(data: &[u8]) -> [u8; 16] {
        md5::Md5::digest(data).into()
    }

    /// Deterministic bytes that differ per stream.
    fn stream(seed: u64, len: usize) -> Vec<u8> {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    fn check_both_engines(streams: &[Vec<u8>], piece: usize) {
        let mut engines = vec![Md5Lanes::plain(streams.len())];
        if wide::available() {
            engines.push(Md5Lanes::wide(streams.len()));
        }
        for mut lanes in engines {
            let longest = streams.iter().map(Vec::len).max().unwrap_or(0);
            let mut at = 0;
            while at < longest.max(1) {
                let pieces: Vec<&[u8]> = streams
                    .iter()
                    .map(|s| &s[at.min(s.len())..(at + piece).min(s.len())])
                    .collect();
                lanes.update(&pieces);
                at += piece;
            }
            let got = lanes.finalize();
            for (j, s) in streams.iter().enumerate() {
                assert_eq!(got[j], reference(s), "stream {j} of {} bytes", s.len());
            }
        }
    }

    #[test]
    fn every_padding_case_matches_md5() {
        // Lengths around the one- and two-block padding boundaries.
        let lens = [
            0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 4097,
        ];
        let streams: Vec<Vec<u8>> = lens
            .iter()
            .enumerate()
            .map(|(j, &len)| stream(j as u64, len))
            .collect();
        for piece in [1, 7, 64, 100, 4096] {
            check_both_engines(&streams, piece);
        }
    }

    #[test]
    fn uneven_streams_and_every_stream_count_match_md5() {
        for count in 1..=LANES {
            let streams: Vec<Vec<u8>> = (0..count)
                .map(|j| stream(100 + j as u64, 3 * 4096 + j * 777))
                .collect();
            check_both_engines(&streams, 4096);
            check_both_engines(&streams, 1000);
        }
    }

    #[test]
    fn only_the_masked_lanes_move_and_each_as_alone() {
        if !wide::available() {
            return; // no kernel on this CPU; the plain engine is tested above
        }
        // Lanes far apart in memory, of uneven lengths.
        let data: Vec<Vec<u8>> = (0..LANES).map(|j| stream(j as u64, 200 * 64 + j)).collect();
        let lanes: [&[u8]; LANES] = std::array::from_fn(|j| data[j].as_slice());
        let mut together = [[1u32; LANES]; 4];
        let mask = 0b1011_0110_1110_0101;
        wide::compress(&mut together, &lanes, mask, 150);
        for j in 0..LANES {
            let mut alone = [[1u32; LANES]; 4];
            wide::compress(&mut alone, &lanes, 1 << j, 150);
            let column = |s: &State| s.map(|row| row[j]);
            if mask & (1 << j) != 0 {
                assert_eq!(column(&together), column(&alone), "lane {j}");
                assert_ne!(column(&alone), [1; 4], "lane {j}");
            } else {
                assert_eq!(column(&together), [1; 4], "lane {j}");
            }
        }
        // An empty mask changes nothing.
        let before = together;
        wide::compress(&mut together, &lanes, 0, 10);
        assert_eq!(before, together);
    }

    #[test]
    fn md5_many_hashes_more_than_one_row() {
        let inputs: Vec<Vec<u8>> = (0..40).map(|j| stream(j, j as usize * 100)).collect();
        let views: Vec<&[u8]> = inputs.iter().map(Vec::as_slice).collect();
        let want: Vec<[u8; 16]> = inputs.iter().map(|i| reference(i)).collect();
        assert_eq!(md5_many(&views), want);
    }

    #[test]
    fn the_lanes_are_used_when_the_cpu_has_them() {
        assert_eq!(Md5Lanes::new(LANES).is_wide(), crate::accelerated());
        assert!(!Md5Lanes::new(WIDE_FROM - 1).is_wide());
    }
}
