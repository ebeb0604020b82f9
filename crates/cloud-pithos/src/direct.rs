//! Writing downloaded stretches of a file past the page cache.
//!
//! An ordinary write copies every byte into the kernel's page cache, and
//! for a large download that copy (into freshly allocated pages, with the
//! file system's bookkeeping for each one) costs the client as much CPU as
//! hashing the data does. On Linux the temporary file is therefore opened a
//! second time with `O_DIRECT`: the device takes whole aligned blocks
//! straight from the writer's own buffer. The data is hashed first and then
//! copied into that aligned buffer while it is still in the CPU's cache.
//!
//! Direct writes need the buffer, the offset and the length aligned to
//! [`ALIGN`]. A [`StretchWriter`] writes one contiguous stretch in order:
//! the unaligned start and end of the stretch go through the ordinary
//! handle, whole blocks through the direct one. Direct writes are used on
//! local ext4 and XFS only; on other file systems (tmpfs, network file
//! systems, copy-on-write ones), or if a direct write is refused, everything
//! goes through the ordinary handle, as before.

use std::fs::File;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::download::{write_all_at, write_at};
use crate::error::TransferError;

/// The alignment of direct writes: buffer address, file offset and length.
pub(crate) const ALIGN: usize = 4096;

/// Bytes a [`StretchWriter`] gathers before one direct write.
pub(crate) const STAGE: usize = 1 << 20;

/// The temporary file's handles: the ordinary one, and a direct one while
/// the file system takes direct writes.
pub(crate) struct Sink<'a> {
    file: &'a File,
    direct: Option<File>,
    path: &'a Path,
    /// Cleared when a direct write is refused; then all goes the usual way.
    direct_works: AtomicBool,
}

impl<'a> Sink<'a> {
    /// A sink for `file` at `path`, with a direct handle when the platform
    /// and the file system allow one.
    pub(crate) fn open(file: &'a File, path: &'a Path) -> Self {
        let direct = open_direct(path);
        Sink {
            file,
            direct_works: AtomicBool::new(direct.is_some()),
            direct,
            path,
        }
    }

    /// A sink that writes through the ordinary handle only.
    #[cfg(test)]
    pub(crate) fn buffered(file: &'a File, path: &'a Path) -> Self {
        Sink {
            file,
            direct: None,
            path,
            direct_works: AtomicBool::new(false),
        }
    }

    /// Whether whole blocks go to the device directly.
    pub(crate) fn is_direct(&self) -> bool {
        self.direct_works.load(Ordering::Relaxed)
    }

    /// Writes `data` at `offset` through the ordinary handle.
    fn write_buffered(&self, data: &[u8], offset: u64) -> Result<(), TransferError> {
        write_at(self.file, self.path, data, offset)
    }

    /// Writes aligned `data` at aligned `offset` directly, or the ordinary
    /// way once the file system refused a direct write.
    fn write_aligned(&self, data: &[u8], offset: u64) -> Result<(), TransferError> {
        if let (Some(direct), true) = (&self.direct, self.is_direct()) {
            match write_all_at(direct, data, offset) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
                    tracing::debug!(path = %self.path.display(), "direct writes refused: {e}");
                    self.direct_works.store(false, Ordering::Relaxed);
                }
                Err(e) => return Err(TransferError::local(self.path, e)),
            }
        }
        self.write_buffered(data, offset)
    }
}

/// File systems whose direct writes are plain local writes. Elsewhere
/// (network file systems, where a direct write is a synchronous round
/// trip; copy-on-write ones) the ordinary way is kept.
const DIRECT_FILE_SYSTEMS: [&str; 2] = ["ext4", "xfs"];

#[cfg(target_os = "linux")]
fn open_direct(path: &Path) -> Option<File> {
    use std::os::unix::fs::{MetadataExt as _, OpenOptionsExt as _};
    let device = std::fs::metadata(path).ok()?.dev();
    let mounts = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let kind = file_system_of(&mounts, device)?;
    if !DIRECT_FILE_SYSTEMS.contains(&kind) {
        return None;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_DIRECT)
        .open(path)
        .ok()
}

#[cfg(not(target_os = "linux"))]
fn open_direct(_path: &Path) -> Option<File> {
    None
}

/// The type of the file system on `device` (a `st_dev`), from the lines of
/// `/proc/self/mountinfo`: `ID PARENT MAJOR:MINOR ROOT POINT OPTIONS ... -
/// TYPE SOURCE ...`.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn file_system_of(mountinfo: &str, device: u64) -> Option<&str> {
    // Linux's encoding of a device number (glibc's `major`, `minor`).
    let major = ((device >> 8) & 0xfff) | ((device >> 32) & !0xfff);
    let minor = (device & 0xff) | ((device >> 12) & !0xff);
    let wanted = format!("{major}:{minor}");
    mountinfo.lines().find_map(|line| {
        let mut fields = line.split(' ');
        if fields.nth(2)? != wanted {
            return None;
        }
        let mut after_separator = line.split(" - ").nth(1)?.split(' ');
        after_separator.next()
    })
}

/// One contiguous stretch of the file, written in order through a sink.
///
/// Whole aligned blocks are gathered in an aligned buffer of [`STAGE`]
/// bytes and written directly; the parts of the stretch before its first
/// and after its last aligned block go the ordinary way.
pub(crate) struct StretchWriter {
    /// Where the next byte goes in the file.
    at: u64,
    /// The buffer; its aligned window starts at `skew`.
    stage: Vec<u8>,
    skew: usize,
    /// Bytes gathered in the window.
    filled: usize,
}

impl StretchWriter {
    /// A writer of the stretch that starts at `offset`, gathering in
    /// `stage` (a buffer [`finish`](Self::finish) gave back, or an empty one).
    pub(crate) fn new(offset: u64, stage: Vec<u8>) -> Self {
        let skew = stage.as_ptr().align_offset(ALIGN).min(ALIGN);
        StretchWriter {
            at: offset,
            stage,
            skew,
            filled: 0,
        }
    }

    /// Where the next byte goes.
    pub(crate) fn position(&self) -> u64 {
        self.at + self.filled as u64
    }

    /// Writes the next bytes of the stretch.
    pub(crate) fn push(&mut self, sink: &Sink<'_>, mut data: &[u8]) -> Result<(), TransferError> {
        while !data.is_empty() {
            if !sink.is_direct() {
                self.flush_all(sink)?;
                sink.write_buffered(data, self.at)?;
                self.at += data.len() as u64;
                return Ok(());
            }
            let misaligned = (self.at % ALIGN as u64) as usize;
            if self.filled == 0 && misaligned != 0 {
                // The start of the stretch, up to the first block boundary.
                let head = (ALIGN - misaligned).min(data.len());
                sink.write_buffered(&data[..head], self.at)?;
                self.at += head as u64;
                data = &data[head..];
                continue;
            }
            if self.stage.len() < STAGE + ALIGN {
                self.stage = vec![0; STAGE + ALIGN];
                self.skew = self.stage.as_ptr().align_offset(ALIGN).min(ALIGN);
            }
            let take = (STAGE - self.filled).min(data.len());
            let window = self.skew + self.filled;
            self.stage[window..window + take].copy_from_slice(&data[..take]);
            self.filled += take;
            data = &data[take..];
            if self.filled == STAGE {
                self.flush_blocks(sink)?;
            }
        }
        Ok(())
    }

    /// Writes the whole blocks gathered so far; keeps the rest.
    fn flush_blocks(&mut self, sink: &Sink<'_>) -> Result<(), TransferError> {
        let whole = self.filled / ALIGN * ALIGN;
        if whole == 0 {
            return Ok(());
        }
        let window = &self.stage[self.skew..self.skew + whole];
        sink.write_aligned(window, self.at)?;
        self.at += whole as u64;
        self.stage
            .copy_within(self.skew + whole..self.skew + self.filled, self.skew);
        self.filled -= whole;
        Ok(())
    }

    /// Writes everything gathered: whole blocks directly, the rest the
    /// ordinary way.
    fn flush_all(&mut self, sink: &Sink<'_>) -> Result<(), TransferError> {
        self.flush_blocks(sink)?;
        if self.filled > 0 {
            let window = &self.stage[self.skew..self.skew + self.filled];
            sink.write_buffered(window, self.at)?;
            self.at += self.filled as u64;
            self.filled = 0;
        }
        Ok(())
    }

    /// Ends the stretch: everything is written. Gives the buffer back for
    /// the next stretch.
    pub(crate) fn finish(mut self, sink: &Sink<'_>) -> Result<Vec<u8>, TransferError> {
        self.flush_all(sink)?;
        Ok(self.stage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 + i / 4099) as u8).collect()
    }

    /// Writes `stretches` of `object` in pieces of the given sizes, lanes
    /// interleaved, and returns the file's bytes.
    fn write_interleaved(
        sink_direct: bool,
        stretches: &[(usize, usize)],
        object: &[u8],
    ) -> Vec<u8> {
        let path = std::env::temp_dir().join(format!(
            "direct-{}-{}-{}",
            std::process::id(),
            sink_direct,
            stretches.len()
        ));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .unwrap();
        let sink = if sink_direct {
            Sink::open(&file, &path)
        } else {
            Sink::buffered(&file, &path)
        };
        let mut writers: Vec<StretchWriter> = stretches
            .iter()
            .map(|&(o, _)| StretchWriter::new(o as u64, Vec::new()))
            .collect();
        let sizes = [1usize, 4095, 65_536, 1_048_577, 7, 300_000];
        let mut done = vec![0usize; stretches.len()];
        let mut turn = 0;
        while done.iter().zip(stretches).any(|(d, s)| *d < s.1) {
            for (j, &(offset, length)) in stretches.iter().enumerate() {
                let n = sizes[(turn + j) % sizes.len()].min(length - done[j]);
                let piece = &object[offset + done[j]..offset + done[j] + n];
                writers[j].push(&sink, piece).unwrap();
                done[j] += n;
                assert_eq!(writers[j].position(), (offset + done[j]) as u64);
            }
            turn += 1;
        }
        for writer in writers {
            writer.finish(&sink).unwrap();
        }
        // Where the file system takes direct writes, they were used.
        assert_eq!(sink.is_direct(), sink_direct && sink.direct.is_some());
        file.sync_all().unwrap();
        drop(sink);
        drop(file);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        bytes
    }

    fn stretches_of(lengths: &[usize]) -> Vec<(usize, usize)> {
        let mut at = 0;
        lengths
            .iter()
            .map(|&l| {
                let s = (at, l);
                at += l;
                s
            })
            .collect()
    }

    #[test]
    fn the_file_system_is_found_by_device_number() {
        let mountinfo = "\
22 1 253:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
25 22 0:21 / /tmp rw,nosuid shared:5 - tmpfs tmpfs rw,size=100k
30 22 0:48 / /mnt/share rw shared:9 master:3 - nfs4 server:/export rw,vers=4.2
31 22 259:65539 / /data rw - xfs /dev/nvme0n1p3 rw";
        let device = |major: u64, minor: u64| {
            ((major & 0xfff) << 8)
                | ((major & !0xfff) << 32)
                | (minor & 0xff)
                | ((minor & !0xff) << 12)
        };
        assert_eq!(file_system_of(mountinfo, device(253, 0)), Some("ext4"));
        assert_eq!(file_system_of(mountinfo, device(0, 21)), Some("tmpfs"));
        assert_eq!(file_system_of(mountinfo, device(0, 48)), Some("nfs4"));
        assert_eq!(file_system_of(mountinfo, device(259, 65539)), Some("xfs"));
        assert_eq!(file_system_of(mountinfo, device(8, 1)), None);
    }

    #[test]
    fn aligned_and_unaligned_stretches_land_whole_in_the_file() {
        for lengths in [
            vec![4 << 20, 4 << 20, 3 << 20],
            vec![1_000_003, 2_000_006, 7, 1_000_000, 999_990, 4096, 1],
            vec![5_000_000],
            vec![100, 4096 - 100, 3 * STAGE + 5],
        ] {
            let object = data(lengths.iter().sum());
            let stretches = stretches_of(&lengths);
            for direct in [true, false] {
                let file = write_interleaved(direct, &stretches, &object);
                assert!(file == object, "lengths {lengths:?}, direct {direct}");
            }
        }
    }
}
