//! Block hashes, top hashes and the local hashmap of a file (PITHOS.md §2).
//!
//! A block's hash is the digest of the block with its **trailing** zero bytes
//! removed (leading and interior zeros are kept). The top hash is a Merkle
//! root over the raw block digests: the empty object hashes to `A("")`, a
//! one-block object to its block's digest, and longer lists are padded with
//! all-zero digests to a power of two and folded pairwise.
//!
//! Hashing a file runs on a small pool of blocking threads (never on the
//! async runtime's threads), each reading its own blocks with positioned
//! reads, so memory stays at one block per worker whatever the file size.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::Digest as _;

use crate::error::TransferError;
use crate::progress::{Phase, Progress};

/// A block hash algorithm, as named in `X-Container-Block-Hash`.
///
/// ```
/// use cloud_pithos::hashing::HashAlgorithm;
/// assert_eq!(HashAlgorithm::from_name("SHA256"), Some(HashAlgorithm::Sha256));
/// assert_eq!(HashAlgorithm::Blake3.name(), "blake3");
/// assert_eq!(HashAlgorithm::from_name("md4"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HashAlgorithm {
    /// SHA-256, the Pithos+ default (32-byte digests).
    Sha256,
    /// SHA-1, seen on older deployments (20-byte digests).
    Sha1,
    /// BLAKE3, offered by the emulator as a container option (32-byte digests).
    Blake3,
}

impl HashAlgorithm {
    /// The algorithm of a Python hashlib name (case-insensitive), if supported.
    ///
    /// ```
    /// use cloud_pithos::hashing::HashAlgorithm;
    /// assert_eq!(HashAlgorithm::from_name("sha1"), Some(HashAlgorithm::Sha1));
    /// ```
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "sha256" => Some(HashAlgorithm::Sha256),
            "sha1" => Some(HashAlgorithm::Sha1),
            "blake3" => Some(HashAlgorithm::Blake3),
            _ => None,
        }
    }

    /// The name the server uses.
    ///
    /// ```
    /// assert_eq!(cloud_pithos::hashing::HashAlgorithm::Sha256.name(), "sha256");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            HashAlgorithm::Sha256 => "sha256",
            HashAlgorithm::Sha1 => "sha1",
            HashAlgorithm::Blake3 => "blake3",
        }
    }

    /// The digest length in bytes.
    ///
    /// ```
    /// assert_eq!(cloud_pithos::hashing::HashAlgorithm::Sha1.digest_len(), 20);
    /// ```
    pub fn digest_len(self) -> usize {
        match self {
            HashAlgorithm::Sha1 => 20,
            HashAlgorithm::Sha256 | HashAlgorithm::Blake3 => 32,
        }
    }

    /// The plain digest of `data` (no zero stripping).
    ///
    /// ```
    /// use cloud_pithos::hashing::{HashAlgorithm, hex};
    /// assert_eq!(hex(&HashAlgorithm::Sha256.digest(b"")),
    ///     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    /// ```
    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            HashAlgorithm::Sha256 => sha2::Sha256::digest(data).to_vec(),
            HashAlgorithm::Sha1 => sha1::Sha1::digest(data).to_vec(),
            HashAlgorithm::Blake3 => blake3::hash(data).as_bytes().to_vec(),
        }
    }
}

/// `data` without its trailing zero bytes.
///
/// ```
/// assert_eq!(cloud_pithos::hashing::strip_trailing_zeros(b"\0ab\0c\0\0"), b"\0ab\0c");
/// ```
pub fn strip_trailing_zeros(data: &[u8]) -> &[u8] {
    // Compare eight bytes at a time: this runs in debug builds too.
    let mut end = data.len();
    while end >= 8 {
        let mut word = [0u8; 8];
        word.copy_from_slice(&data[end - 8..end]);
        if u64::from_ne_bytes(word) != 0 {
            break;
        }
        end -= 8;
    }
    while end > 0 && data[end - 1] == 0 {
        end -= 1;
    }
    &data[..end]
}

/// The hash of one block: the digest of the block without trailing zeros (§2.3).
///
/// ```
/// use cloud_pithos::hashing::{block_hash, hex, HashAlgorithm};
/// let h = block_hash(HashAlgorithm::Sha256, b"abc\0\0\0");
/// assert_eq!(hex(&h), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
/// ```
pub fn block_hash(algorithm: HashAlgorithm, block: &[u8]) -> Vec<u8> {
    algorithm.digest(strip_trailing_zeros(block))
}

/// The Merkle top hash of a list of raw block digests (§2.5).
///
/// ```
/// use cloud_pithos::hashing::{top_hash, hex, HashAlgorithm};
/// assert_eq!(hex(&top_hash(HashAlgorithm::Sha256, &[])),
///     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
/// ```
pub fn top_hash(algorithm: HashAlgorithm, hashes: &[Vec<u8>]) -> Vec<u8> {
    match hashes.len() {
        0 => algorithm.digest(b""),
        1 => hashes[0].clone(),
        n => {
            let width = n.next_power_of_two();
            let mut level: Vec<Vec<u8>> = hashes.to_vec();
            level.resize(width, vec![0u8; algorithm.digest_len()]);
            while level.len() > 1 {
                level = level
                    .chunks(2)
                    .map(|pair| {
                        let mut joined = Vec::with_capacity(pair[0].len() * 2);
                        joined.extend_from_slice(&pair[0]);
                        if let Some(right) = pair.get(1) {
                            joined.extend_from_slice(right);
                        }
                        algorithm.digest(&joined)
                    })
                    .collect();
            }
            level.pop().unwrap_or_default()
        }
    }
}

/// Lower-case hex of a digest.
///
/// ```
/// assert_eq!(cloud_pithos::hashing::hex(&[0x0a, 0xff]), "0aff");
/// ```
pub fn hex(bytes: &[u8]) -> String {
    cloud_md5::hex(bytes)
}

/// The bytes of a hex string (either case), or `None` if it is not hex.
///
/// ```
/// assert_eq!(cloud_pithos::hashing::unhex("0AfF"), Some(vec![0x0a, 0xff]));
/// assert_eq!(cloud_pithos::hashing::unhex("xyz"), None);
/// ```
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |c: u8| -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    };
    text.chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// The block hashes and top hash of some bytes, all held in memory.
///
/// ```
/// use cloud_pithos::hashing::{hashmap_of, hex, HashAlgorithm};
/// let map = hashmap_of(HashAlgorithm::Sha256, 4, b"abcdefghij");
/// assert_eq!(map.hashes.len(), 3);
/// assert_eq!(map.top_hex(), "18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1");
/// ```
pub fn hashmap_of(algorithm: HashAlgorithm, block_size: u64, data: &[u8]) -> LocalHashmap {
    let size = block_size.max(1) as usize;
    let hashes = data
        .chunks(size)
        .map(|b| block_hash(algorithm, b))
        .collect();
    LocalHashmap {
        algorithm,
        block_size: block_size.max(1),
        bytes: data.len() as u64,
        hashes,
    }
}

/// The hashmap of local data: block size, algorithm, size and raw block digests.
///
/// ```
/// use cloud_pithos::hashing::{hashmap_of, HashAlgorithm};
/// let map = hashmap_of(HashAlgorithm::Sha256, 4194304, b"");
/// assert!(map.hashes.is_empty());
/// assert_eq!(map.top_hex(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalHashmap {
    /// The algorithm.
    pub algorithm: HashAlgorithm,
    /// The block size B.
    pub block_size: u64,
    /// The size S of the data.
    pub bytes: u64,
    /// One raw digest per block (empty for S = 0).
    pub hashes: Vec<Vec<u8>>,
}

impl LocalHashmap {
    /// The top hash as lower-case hex.
    ///
    /// ```
    /// use cloud_pithos::hashing::{hashmap_of, HashAlgorithm};
    /// assert_eq!(hashmap_of(HashAlgorithm::Sha256, 4, b"abcd").top_hex(),
    ///     "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589");
    /// ```
    pub fn top_hex(&self) -> String {
        hex(&top_hash(self.algorithm, &self.hashes))
    }

    /// The block hashes as lower-case hex, the form a hashmap PUT sends.
    ///
    /// ```
    /// use cloud_pithos::hashing::{hashmap_of, HashAlgorithm};
    /// assert_eq!(hashmap_of(HashAlgorithm::Sha256, 4, b"ij").hex_hashes(),
    ///     ["c9df9c3f2963b19b9b95f58c4d33b053fa9f8586dd6ee04126e52a868f882108"]);
    /// ```
    pub fn hex_hashes(&self) -> Vec<String> {
        self.hashes.iter().map(|h| hex(h)).collect()
    }

    /// The byte range `(offset, length)` of block `index`.
    ///
    /// ```
    /// use cloud_pithos::hashing::{hashmap_of, HashAlgorithm};
    /// assert_eq!(hashmap_of(HashAlgorithm::Sha256, 4, b"abcdefghij").block_range(2), (8, 2));
    /// ```
    pub fn block_range(&self, index: usize) -> (u64, u64) {
        block_range(self.block_size, self.bytes, index)
    }
}

/// The byte range `(offset, length)` of block `index` of an object of `size`
/// bytes in blocks of `block_size`.
///
/// ```
/// assert_eq!(cloud_pithos::hashing::block_range(4, 10, 1), (4, 4));
/// ```
pub fn block_range(block_size: u64, size: u64, index: usize) -> (u64, u64) {
    let offset = (index as u64).saturating_mul(block_size);
    let length = size.saturating_sub(offset).min(block_size);
    (offset, length)
}

/// How many blocks `size` bytes make: `ceil(size / block_size)`.
///
/// ```
/// assert_eq!(cloud_pithos::hashing::block_count(4, 9), 3);
/// assert_eq!(cloud_pithos::hashing::block_count(4, 0), 0);
/// ```
pub fn block_count(block_size: u64, size: u64) -> usize {
    size.div_ceil(block_size.max(1)) as usize
}

/// How many blocking threads hash at once: the machine's parallelism, at most 8.
fn hash_workers() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8)
}

/// Reads `length` bytes at `offset` of `file` into `buffer` (positioned read).
pub(crate) fn read_block(
    file: &std::fs::File,
    path: &Path,
    offset: u64,
    length: usize,
    buffer: &mut Vec<u8>,
) -> Result<(), TransferError> {
    buffer.resize(length, 0);
    read_exact_at(file, buffer, offset).map_err(|source| TransferError::local(path, source))
}

#[cfg(unix)]
fn read_exact_at(file: &std::fs::File, buffer: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, offset)
}

#[cfg(windows)]
fn read_exact_at(
    file: &std::fs::File,
    mut buffer: &mut [u8],
    mut offset: u64,
) -> std::io::Result<()> {
    while !buffer.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_read(file, buffer, offset)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buffer = &mut buffer[n..];
        offset += n as u64;
    }
    Ok(())
}

/// Hashes `size` bytes of the file at `path` in blocks of `block_size`, on a
/// pool of blocking threads, reporting [`Phase::Hashing`] progress in bytes.
///
/// For a file shorter than `size` the error says the file changed.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// use cloud_pithos::hashing::{hash_file, HashAlgorithm};
/// use cloud_pithos::progress::Progress;
/// let path = std::env::temp_dir().join(format!("doc-hash-file-{}", std::process::id()));
/// std::fs::write(&path, b"abcdefghij").unwrap();
/// let map = hash_file(&path, 10, 4, HashAlgorithm::Sha256, &Progress::none()).await.unwrap();
/// assert_eq!(map.top_hex(), "18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1");
/// std::fs::remove_file(&path).unwrap();
/// # });
/// ```
pub async fn hash_file(
    path: &Path,
    size: u64,
    block_size: u64,
    algorithm: HashAlgorithm,
    progress: &Progress,
) -> Result<LocalHashmap, TransferError> {
    let block_size = block_size.max(1);
    let count = block_count(block_size, size);
    progress.start(Phase::Hashing, size);
    let workers = hash_workers().min(count.max(1));
    let path: Arc<PathBuf> = Arc::new(path.to_path_buf());
    let mut tasks = Vec::with_capacity(workers);
    for worker in 0..workers {
        let path = Arc::clone(&path);
        let progress = progress.clone();
        tasks.push(tokio::task::spawn_blocking(
            move || -> Result<Vec<(usize, Vec<u8>)>, TransferError> {
                let file =
                    std::fs::File::open(&*path).map_err(|e| TransferError::local(&path, e))?;
                let mut buffer = Vec::new();
                let mut out = Vec::new();
                let mut index = worker;
                while index < count {
                    let (offset, length) = block_range(block_size, size, index);
                    read_block(&file, &path, offset, length as usize, &mut buffer)?;
                    out.push((index, block_hash(algorithm, &buffer)));
                    progress.advance(Phase::Hashing, length);
                    index += workers;
                }
                Ok(out)
            },
        ));
    }
    let mut hashes = vec![Vec::new(); count];
    for task in tasks {
        let part = task.await.map_err(TransferError::worker)??;
        for (index, hash) in part {
            hashes[index] = hash;
        }
    }
    progress.finish(Phase::Hashing);
    Ok(LocalHashmap {
        algorithm,
        block_size,
        bytes: size,
        hashes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: HashAlgorithm = HashAlgorithm::Sha256;
    const B: u64 = 4194304;

    fn top(block_size: u64, data: &[u8]) -> String {
        hashmap_of(A, block_size, data).top_hex()
    }

    fn hashes(block_size: u64, data: &[u8]) -> Vec<String> {
        hashmap_of(A, block_size, data).hex_hashes()
    }

    const EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const A1: &str = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
    const AB: &str = "299285fc41a44cdb038b9fdaf494c76ca9d0c866672b2b266c1a0c17dda60a05";

    #[test]
    fn vectors_h1_to_h7() {
        assert!(hashes(B, b"").is_empty());
        assert_eq!(top(B, b""), EMPTY);
        assert_eq!(hashes(B, b"a"), [A1]);
        assert_eq!(top(B, b"a"), A1);
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(top(B, b"abc"), abc);
        assert_eq!(top(B, b"abc\0\0\0"), abc);
        let zabc = "609f6e36d2405585188d5cfd761f407c7cc46a7d3f314c88270469dde315fcd1";
        assert_eq!(top(B, b"\0abc"), zabc);
        assert_eq!(top(B, &[0u8; 10]), EMPTY);
        assert_eq!(hashes(B, &vec![0u8; B as usize]), [EMPTY]);
    }

    #[test]
    fn vectors_h8_to_h14() {
        let a = |n: usize| vec![b'a'; n];
        assert_eq!(
            hashes(B, &a(4194303)),
            ["475c02a4e3d98fe69daf9e9c9d78406169f788a52988042c3d32ba25ed4ce9bb"]
        );
        assert_eq!(top(B, &a(4194304)), AB);
        assert_eq!(hashes(B, &a(4194305)), [AB, A1]);
        assert_eq!(
            top(B, &a(4194305)),
            "5f858b62ccd88447586305aec6fd53c96747cfebf527cbba129a6dfed47d9624"
        );
        assert_eq!(
            top(B, &a(8388608)),
            "941162ca0d3fcd4e4b5bcaf179e3a156ae2b66b39e87993a7e626e61938ab2c9"
        );
        assert_eq!(
            top(B, &a(8388609)),
            "5d67007eccdb618ff2e6b05799f3e4324428243bfb97c65f4cdabd3392c6aa1d"
        );
        assert_eq!(
            top(B, &a(16777217)),
            "9f42bbec0ee329c93a3ff1efd4ae3d62c518108a5f6dd75cf914bfce7cab1067"
        );
        let mut h14 = a(4194304);
        h14.resize(8388608, 0);
        assert_eq!(hashes(B, &h14), [AB, EMPTY]);
        assert_eq!(
            top(B, &h14),
            "43d8da4e742a7e85fe95ff6fddab8094594701e82ed6ccb44332892f03e37487"
        );
    }

    #[test]
    fn vectors_h15_h16() {
        let pattern = |n: usize| (0..n).map(|i| (i % 251) as u8).collect::<Vec<u8>>();
        assert_eq!(
            hashes(B, &pattern(4194305)),
            [
                "a117210941a0b00dcb2d8577e680d84b6fa0eaf760d2afc654c953b9859d54fa",
                "74cd9ef9c7e15f57bdad73c511462ca65cb674c46c49639c60f1b44650fa1dcb"
            ]
        );
        assert_eq!(
            top(B, &pattern(4194305)),
            "4a6cc0a344febaa07772e7c974834b2fb1d24594d4ba15f27c97a54699709f44"
        );
        assert_eq!(
            hashes(B, &pattern(10485760))[1..],
            [
                "9889e2ef8bd7d8fea5ef99243b7784ecd8deaf613bdb7a6c0b3ac56f23078303",
                "b249e6e10bdafb74eb144908fe3f2b605628c2f5c94add2e253c28927b61ee13"
            ]
        );
        assert_eq!(
            top(B, &pattern(10485760)),
            "ffb8f2e126cbc0906a67a11af263f2f82ad2a4e048bae52643aa50d22b188bf9"
        );
    }

    #[test]
    fn small_block_vectors_6_2() {
        let t = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
        let blocks = [
            "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589",
            "e5e088a0b66163a0a26a5e053d2a4496dc16ab6e0e3dd1adf2d16aa84a078c9d",
            "005c19658919186b85618c5870463eec8d9b8c1a9d00208a5352891ba5bbe086",
            "f1afc31479522d6cff1ed068f93998f05a8cd3b22f5c37d7f307084f62d1d270",
            "8399259a2c4fec3f1a52ac9c95238c5871943db9740e52ab272024e9f70d6c1d",
            "0f76e92579d5586ece0ee2b26f4ad3e5d5c5e34b8acdd7675927e52c0f668d0d",
            "70a81bbb5413d7e9c98800c9328a7028609b0e9c0a4c8337427e2f3686374b96",
            "90cff9317110dfcbfa1b6bfe5e62ca07e9defb7094035fe03a7752d3e18cc51c",
            "dd76f7dce43dfe80c6e39030abfb4da8e497a37f10a39eef8c3aabfdd1525945",
        ];
        assert_eq!(hashes(4, t), blocks);
        let tops = [
            EMPTY,
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
        for (n, expected) in tops.iter().enumerate() {
            assert_eq!(top(4, &t[..4 * n]), *expected, "n = {n}");
        }
        assert_eq!(
            hashes(4, b"ij"),
            ["c9df9c3f2963b19b9b95f58c4d33b053fa9f8586dd6ee04126e52a868f882108"]
        );
        assert_eq!(
            top(4, b"abcdefghij"),
            "18374008371944fcd365918bfd1187d4edcaaad1ce8dc23e746347129b1f22d1"
        );
        assert_eq!(
            top(4, b"abcd\0\0\0\0ij"),
            "e165997b0772d7e96400b3589434b27aa047ca7b6a21cfa0a1443387d0ab9817"
        );
        assert_eq!(
            top(1024, &[b'a'; 1025]),
            "d21669bfd642bfd61a96e7bc17b7584161e285a5e12ab5902b91323ee2f7ad16"
        );
    }

    #[test]
    fn sha1_vectors() {
        let s = HashAlgorithm::Sha1;
        assert_eq!(
            hashmap_of(s, B, b"").top_hex(),
            "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        );
        let map = hashmap_of(s, B, &vec![b'a'; 4194305]);
        assert_eq!(
            map.hex_hashes(),
            [
                "ec10fafa5de7a233c22a26d491f308876b41ae3f",
                "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8"
            ]
        );
        assert_eq!(map.top_hex(), "27869f4d2059d6dfc04207694a73bb876b1deba7");
        assert_eq!(
            hashmap_of(s, 131072, &vec![b'a'; 131073]).top_hex(),
            "299be674ab65665d9d46bed11bdbd203dcbe5e46"
        );
    }

    #[test]
    fn strip_only_trailing_zeros() {
        assert_eq!(strip_trailing_zeros(&[0u8; 17]), b"");
        assert_eq!(strip_trailing_zeros(b"\0\0a\0\0\0\0\0\0\0\0\0\0"), b"\0\0a");
        assert_eq!(strip_trailing_zeros(b"abcdefghij"), b"abcdefghij");
    }

    #[tokio::test]
    async fn hash_file_matches_memory() {
        let data: Vec<u8> = (0..100_003u32).map(|i| (i * 7 % 256) as u8).collect();
        let path = std::env::temp_dir().join(format!("pithos-hash-{}", std::process::id()));
        std::fs::write(&path, &data).unwrap();
        let map = hash_file(&path, data.len() as u64, 1000, A, &Progress::none())
            .await
            .unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(map, hashmap_of(A, 1000, &data));
    }
}
