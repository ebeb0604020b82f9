//! MD5 of many byte streams at once.
//!
//! Swift checks every object, and every segment of a large object, by MD5.
//! MD5 is sequential: one stream is hashed no faster than one core runs the
//! algorithm (about 1.7 s per GiB on the project's build machine). Segments
//! are independent, though, and a CPU with AVX-512 runs sixteen MD5
//! computations side by side in one register set, one per 32-bit lane, for
//! less than the cost of one (0.16 s per GiB in all). [`Md5Lanes`] hashes up to [`LANES`] streams fed in
//! lockstep that way, and is one ordinary MD5 per stream on other CPUs or
//! when there are too few streams for the lanes to pay.
//!
//! ```
//! let mut lanes = cloud_md5::Md5Lanes::new(2);
//! lanes.update(&[b"hello ", b""]);
//! lanes.update(&[b"world", b"abc"]);
//! let digests = lanes.finalize();
//! assert_eq!(cloud_md5::hex(&digests[0]), "5eb63bbbe01eeed093cb22bb8f5acdc3");
//! assert_eq!(cloud_md5::hex(&digests[1]), "900150983cd24fb0d6963f7d28e17f72");
//! ```

mod lanes;
mod wide;

pub use lanes::{LANES, Md5Lanes, WIDE_FROM, md5_many};

/// Whether this CPU hashes streams in AVX-512 lanes (otherwise every
/// stream gets an ordinary MD5; the digests are the same).
///
/// ```
/// // Either way, the results do not change.
/// let _ = cloud_md5::accelerated();
/// ```
pub fn accelerated() -> bool {
    wide::available()
}

/// A digest in lowercase hexadecimal, the form of Swift's `ETag`.
///
/// ```
/// assert_eq!(cloud_md5::hex(&[0xab, 0x01]), "ab01");
/// ```
pub fn hex(digest: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(digest.len() * 2);
    for byte in digest {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 15)]));
    }
    out
}
