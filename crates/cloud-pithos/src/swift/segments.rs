//! Static Large Object uploads: the segment size, the segment names, and
//! the segments PUT concurrently, each verified by its MD5.

use futures_util::{StreamExt, TryStreamExt};

use super::body::lanes_pay;
use super::detect::Capabilities;
use super::manifest::ManifestSegment;
use crate::client::PithosClient;
use crate::error::TransferError;
use crate::upload::{Source, UploadOptions};

/// The segment size when the upload options do not give one: 1 GiB
/// (openstacksdk's default; files up to this size are single objects).
///
/// ```
/// assert_eq!(cloud_pithos::swift::DEFAULT_SEGMENT_SIZE, 1 << 30);
/// ```
pub const DEFAULT_SEGMENT_SIZE: u64 = 1 << 30;

/// The segment size for `size` bytes: `None` when the data goes as one
/// object, else the size of every segment but the last.
///
/// The requested size (default [`DEFAULT_SEGMENT_SIZE`]) is kept within
/// the cluster's `max_file_size` and above its `min_segment_size`, and
/// grown when the file would need more than `max_manifest_segments`.
///
/// ```
/// use cloud_pithos::swift::{Capabilities, segments::segment_size_for};
/// let caps = Capabilities::default();
/// assert_eq!(segment_size_for(1 << 30, None, &caps).unwrap(), None);
/// assert_eq!(segment_size_for((1 << 30) + 1, None, &caps).unwrap(), Some(1 << 30));
/// assert_eq!(segment_size_for(10_000, Some(1), &caps).unwrap(), Some(10));
/// assert!(segment_size_for(u64::MAX, None, &caps).is_err());
/// ```
pub fn segment_size_for(
    size: u64,
    requested: Option<u64>,
    caps: &Capabilities,
) -> Result<Option<u64>, TransferError> {
    let ceiling = caps.max_file_size.max(1);
    let wanted = requested
        .unwrap_or(DEFAULT_SEGMENT_SIZE)
        .max(caps.min_segment_size)
        .clamp(1, ceiling);
    if size <= wanted {
        return Ok(None);
    }
    if !caps.slo {
        if size <= ceiling {
            return Ok(None);
        }
        return Err(TransferError::TooLarge(format!(
            "{size} bytes is more than this Swift cluster stores in one object ({ceiling}) and it offers no Static Large Objects; split the file"
        )));
    }
    let segments = caps.max_manifest_segments.max(1) as u64;
    let least = size.div_ceil(segments);
    let chosen = wanted.max(least);
    if chosen > ceiling {
        return Err(TransferError::TooLarge(format!(
            "{size} bytes needs more than {segments} segments of at most {ceiling} bytes, the most this Swift cluster allows; split the file"
        )));
    }
    Ok(Some(chosen))
}

/// Where the segments of an upload go: `<object>/slo/<mtime>/<size>/<segment
/// size>/` (python-swiftclient's layout), followed by the 8-digit index.
///
/// ```
/// use cloud_pithos::swift::segments::{segment_prefix, segment_name};
/// let prefix = segment_prefix("disk.img", "1700000000.000000", 3000, 1000);
/// assert_eq!(segment_name(&prefix, 2), "disk.img/slo/1700000000.000000/3000/1000/00000002");
/// ```
pub fn segment_prefix(object: &str, mtime: &str, size: u64, segment_size: u64) -> String {
    format!("{object}/slo/{mtime}/{size}/{segment_size}/")
}

/// The name of segment `index` under `prefix`.
///
/// ```
/// assert_eq!(cloud_pithos::swift::segments::segment_name("p/", 7), "p/00000007");
/// ```
pub fn segment_name(prefix: &str, index: usize) -> String {
    format!("{prefix}{index:08}")
}

/// The segments container of `container`.
///
/// ```
/// assert_eq!(cloud_pithos::swift::segments::segments_container("photos", None), "photos_segments");
/// ```
pub fn segments_container(container: &str, configured: Option<&str>) -> String {
    match configured {
        Some(c) if !c.is_empty() => c.to_owned(),
        _ => format!("{container}_segments"),
    }
}

/// `(offset, length)` of every segment of `size` bytes.
pub(crate) fn segment_ranges(size: u64, segment_size: u64) -> Vec<(u64, u64)> {
    let count = size.div_ceil(segment_size.max(1));
    (0..count)
        .map(|i| {
            let offset = i * segment_size;
            (offset, (size - offset).min(segment_size))
        })
        .collect()
}

/// One segment to store: where it comes from and where it goes.
pub(crate) struct SegmentJob {
    /// Its place in the manifest.
    pub index: usize,
    /// Where its data starts in the source.
    pub offset: u64,
    /// Its size.
    pub length: u64,
    /// Its object name in the segments container.
    pub name: String,
    /// The MD5 already known (a re-upload hashed it), sent as `ETag`.
    pub md5: Option<String>,
}

impl PithosClient {
    /// PUTs one segment on its own (`put_verified`, its known MD5 as
    /// `ETag`); returns its verified MD5.
    pub(crate) async fn put_segment(
        &self,
        segments_container: &str,
        job: &SegmentJob,
        source: &Source,
        progress: &crate::progress::Progress,
    ) -> Result<String, TransferError> {
        let headers = vec![(
            "content-type".to_owned(),
            "application/octet-stream".to_owned(),
        )];
        let (_, md5) = self
            .put_verified(
                segments_container,
                &job.name,
                source,
                (job.offset, job.length),
                headers,
                job.md5.as_deref(),
                progress,
            )
            .await?;
        Ok(md5)
    }

    /// PUTs `jobs` into `segments_container`, `concurrency` at a time;
    /// returns each segment's entry with its verified MD5, by index.
    pub(crate) async fn put_segments(
        &self,
        segments_container: &str,
        jobs: Vec<SegmentJob>,
        source: &Source,
        options: &UploadOptions,
    ) -> Result<Vec<(usize, ManifestSegment)>, TransferError> {
        let concurrency = options.concurrency.clamp(1, 16);
        // Fresh segments of a file, several at a time: read each byte once
        // and hash the segments side by side (see `upload_rows`).
        if let Source::File(path, file) = source
            && lanes_pay(concurrency.min(jobs.len()))
            && jobs.iter().all(|j| j.md5.is_none())
        {
            return self
                .put_segment_rows(
                    segments_container,
                    jobs,
                    (path, file),
                    concurrency,
                    &options.progress,
                )
                .await;
        }
        futures_util::stream::iter(jobs)
            .map(|job| async move {
                let md5 = self
                    .put_segment(segments_container, &job, source, &options.progress)
                    .await?;
                Ok::<_, TransferError>((
                    job.index,
                    ManifestSegment {
                        path: format!("/{segments_container}/{}", job.name),
                        etag: md5,
                        size_bytes: job.length,
                    },
                ))
            })
            .buffer_unordered(concurrency)
            .try_collect()
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_sizes_respect_the_cluster() {
        let caps = Capabilities {
            max_file_size: 100,
            max_manifest_segments: 4,
            min_segment_size: 10,
            ..Capabilities::default()
        };
        assert_eq!(segment_size_for(100, Some(1000), &caps).unwrap(), None);
        assert_eq!(segment_size_for(101, Some(1000), &caps).unwrap(), Some(100));
        assert_eq!(segment_size_for(50, Some(1), &caps).unwrap(), Some(13));
        assert_eq!(segment_size_for(400, Some(20), &caps).unwrap(), Some(100));
        assert!(segment_size_for(401, Some(20), &caps).is_err());
        assert_eq!(segment_ranges(25, 10), [(0, 10), (10, 10), (20, 5)]);
        assert!(segment_ranges(0, 10).is_empty());
    }
}
