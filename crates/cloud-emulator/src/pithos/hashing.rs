//! Block hashes and the Merkle top hash (PITHOS.md §2.3–2.5).
//!
//! A block hash is the algorithm applied to the block with every trailing
//! `0x00` removed; the top hash is the Merkle root over the raw digests with
//! zero-byte padding leaves up to a power of two. Both algorithms offered by
//! the emulator (sha256, the Pithos default, and blake3, a container option)
//! have 32-byte digests.

use sha2::Digest as _;

/// A raw 32-byte digest.
pub type Digest = [u8; 32];

/// A block hash algorithm a container can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// SHA-256, the Pithos default.
    Sha256,
    /// BLAKE3 (256-bit output), selectable per container.
    Blake3,
}

impl Algorithm {
    /// The name reported in `X-Container-Block-Hash` (a Python hashlib name for sha256).
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Blake3 => "blake3",
        }
    }

    /// The algorithm with this name (case-insensitive), if the emulator offers it.
    pub fn from_name(name: &str) -> Option<Algorithm> {
        match name.trim().to_ascii_lowercase().as_str() {
            "sha256" => Some(Algorithm::Sha256),
            "blake3" => Some(Algorithm::Blake3),
            _ => None,
        }
    }

    /// The plain digest of `data` (no stripping).
    pub fn digest(self, data: &[u8]) -> Digest {
        match self {
            Algorithm::Sha256 => sha2::Sha256::digest(data).into(),
            Algorithm::Blake3 => *blake3::hash(data).as_bytes(),
        }
    }

    /// The digest of the concatenation of two digests (an inner Merkle node).
    fn digest_pair(self, left: &Digest, right: &Digest) -> Digest {
        let mut both = [0u8; 64];
        both[..32].copy_from_slice(left);
        both[32..].copy_from_slice(right);
        self.digest(&both)
    }

    /// The hash of the empty string, which is also the hash of any all-zero block.
    pub fn empty(self) -> Digest {
        self.digest(b"")
    }
}

/// `block` with its trailing zero bytes removed (leading and interior zeros kept).
pub fn strip_trailing_zeros(block: &[u8]) -> &[u8] {
    let end = block.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    &block[..end]
}

/// The Pithos block hash: the digest of the block without its trailing zeros.
///
/// ```
/// use cloud_emulator::pithos::hashing::{block_hash, hex, Algorithm};
/// assert_eq!(hex(&block_hash(Algorithm::Sha256, b"abc\0\0\0")),
///            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
/// ```
pub fn block_hash(algorithm: Algorithm, block: &[u8]) -> Digest {
    algorithm.digest(strip_trailing_zeros(block))
}

/// The Merkle top hash over raw block digests (§2.5): none → A(""); one →
/// that digest; more → pad with zero-byte leaves to a power of two and fold
/// pairwise.
///
/// ```
/// use cloud_emulator::pithos::hashing::{block_hash, hex, top_hash, Algorithm};
/// let a = Algorithm::Sha256;
/// let hashes: Vec<_> = [&b"abcd"[..], b"efgh", b"ij"].iter().map(|b| block_hash(a, b)).collect();
/// assert_eq!(hex(&top_hash(a, &hashes)),
///            "18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1");
/// ```
pub fn top_hash(algorithm: Algorithm, hashes: &[Digest]) -> Digest {
    match hashes {
        [] => algorithm.empty(),
        [only] => *only,
        _ => {
            let width = hashes.len().next_power_of_two();
            let mut level: Vec<Digest> = hashes.to_vec();
            level.resize(width, [0u8; 32]);
            while level.len() > 1 {
                level = level
                    .chunks_exact(2)
                    .map(|pair| algorithm.digest_pair(&pair[0], &pair[1]))
                    .collect();
            }
            level.first().copied().unwrap_or_else(|| algorithm.empty())
        }
    }
}

/// Lower-case hex of a digest.
pub fn hex(digest: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(digest.len() * 2);
    for byte in digest {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// Parses 64 hex digits (either case) into a digest; `None` if it is not one.
pub fn parse_hex(text: &str) -> Option<Digest> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        let high = char::from(pair[0]).to_digit(16)?;
        let low = char::from(pair[1]).to_digit(16)?;
        out[i] = u8::try_from(high * 16 + low).ok()?;
    }
    Some(out)
}

/// Packs digests into one blob (how hashmaps are stored in the database).
pub fn pack(hashes: &[Digest]) -> Vec<u8> {
    hashes.iter().flat_map(|d| d.iter().copied()).collect()
}

/// Unpacks a blob made by [`pack`].
pub fn unpack(blob: &[u8]) -> Vec<Digest> {
    blob.chunks_exact(32)
        .map(|chunk| {
            let mut d = [0u8; 32];
            d.copy_from_slice(chunk);
            d
        })
        .collect()
}

/// The block hashes of a whole in-memory object with block size `block_size`
/// (what a client computes; empty data gives an empty list).
pub fn hashes_of(algorithm: Algorithm, block_size: usize, data: &[u8]) -> Vec<Digest> {
    data.chunks(block_size.max(1))
        .map(|b| block_hash(algorithm, b))
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const A: Algorithm = Algorithm::Sha256;

    fn top_hex(block_size: usize, data: &[u8]) -> String {
        hex(&top_hash(A, &hashes_of(A, block_size, data)))
    }

    #[test]
    fn small_block_vectors() {
        let t = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
        let expected = [
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589",
            "7d5473712172f9ec1494baa03da3d8734d12d385d1ca6340856771c3d93382e6",
            "79025c7ac731d2033181d1fcb4a74c9b983471b7d3a09f834eae66b491ba36f8",
            "a55cce1f73005419d773521c30eb4f18e12980344778982764108770ddb93a00",
            "15d49499ef201ecc244e0da4c7492666b309047fd6ff75dc0f2e64c6593e9465",
            "bfe04a5c9ccad70fe5ba43cd91c225ba23a73ebeacad0ee464a5463fb43b6a92",
            "a29bfc75fc75752d9c94733961b4638d79fc847b2b3232ed3ec3e0629f45af0b",
            "2742e265c697e8a629cdf2f6e84f9c3db785a88bb015063e90e00c1a94ec6a6e",
            "c25accb6e7b6309b66d01c3cb092f1374b605460d631868b58f91cec42e94078",
        ];
        for (n, want) in expected.iter().enumerate() {
            assert_eq!(top_hex(4, &t[..4 * n]), *want, "n = {n}");
        }
        assert_eq!(
            top_hex(4, b"abcd\0\0\0\0ij"),
            "e165997b0772d7e96400b3589434b27aa047ca7b6a21cfa0a1443387d0ab9817"
        );
        assert_eq!(
            top_hex(1024, &[b'a'; 1025]),
            "d21669bfd642bfd61a96e7bc17b7584161e285a5e12ab5902b91323ee2f7ad16"
        );
    }

    #[test]
    fn big_block_vectors() {
        let b = 4_194_304;
        assert_eq!(
            top_hex(b, &vec![b'a'; b + 1]),
            "5f858b62ccd88447586305aec6fd53c96747cfebf527cbba129a6dfed47d9624"
        );
        assert_eq!(
            top_hex(b, &vec![b'a'; 4 * b + 1]),
            "9f42bbec0ee329c93a3ff1efd4ae3d62c518108a5f6dd75cf914bfce7cab1067"
        );
        let h16: Vec<u8> = (0..10_485_760u32).map(|i| (i % 251) as u8).collect();
        assert_eq!(
            top_hex(b, &h16),
            "ffb8f2e126cbc0906a67a11af263f2f82ad2a4e048bae52643aa50d22b188bf9"
        );
        assert_eq!(
            hex(&block_hash(A, b"\0abc")),
            "609f6e36d2405585188d5cfd761f407c7cc46a7d3f314c88270469dde315fcd1"
        );
    }

    #[test]
    fn hex_round_trip() {
        let d = A.digest(b"x");
        assert_eq!(parse_hex(&hex(&d)).unwrap(), d);
        assert_eq!(parse_hex(&hex(&d).to_uppercase()).unwrap(), d);
        assert!(parse_hex("zz").is_none());
        assert_eq!(unpack(&pack(&[d, d])), vec![d, d]);
    }
}
