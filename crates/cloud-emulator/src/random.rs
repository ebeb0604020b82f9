//! Random identifiers: tokens, UUIDs and public-URL tokens.

use base64::Engine;

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS generator does not fail on supported platforms; if it ever did,
    // fall back to a seeded generator rather than crash the server.
    if getrandom::fill(&mut bytes).is_err() {
        let mut rng = fastrand::Rng::new();
        bytes.iter_mut().for_each(|b| *b = rng.u8(..));
    }
    bytes
}

/// A user token as Astakos makes them: 32 random bytes, URL-safe base64, no padding (43 chars).
///
/// ```
/// assert_eq!(cloud_emulator::random::token().len(), 43);
/// ```
pub fn token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// A random (version 4) UUID in lower-case hyphenated form.
///
/// ```
/// let id = cloud_emulator::random::uuid();
/// assert_eq!(id.len(), 36);
/// assert_eq!(&id[14..15], "4");
/// ```
pub fn uuid() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// `len` random characters from `[0-9a-zA-Z]` (Pithos public tokens are 16).
///
/// ```
/// let t = cloud_emulator::random::alphanumeric(16);
/// assert!(t.len() == 16 && t.chars().all(|c| c.is_ascii_alphanumeric()));
/// ```
pub fn alphanumeric(len: usize) -> String {
    const CHARS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = String::with_capacity(len);
    while out.len() < len {
        for byte in random_bytes::<32>() {
            // 248 = 4 × 62: reject the tail to keep the draw uniform.
            if byte < 248 && out.len() < len {
                out.push(CHARS[usize::from(byte) % 62] as char);
            }
        }
    }
    out
}
