//! Partial updates from local files: append and overwrite (PITHOS.md §4.7).
//!
//! Both send the data in block-sized POSTs **one after the other** (kamaki's
//! parallel appends could land out of order). Truncation is
//! [`PithosClient::truncate_object`].

use std::path::Path;
use std::sync::Arc;

use crate::client::PithosClient;
use crate::error::TransferError;
use crate::hashing::read_block;
use crate::models::ObjectInfo;
use crate::progress::{Phase, Progress};

/// Reads `length` bytes at `offset` of `path` on a blocking thread.
async fn read_piece(
    file: &Arc<std::fs::File>,
    path: &Path,
    offset: u64,
    length: u64,
) -> Result<bytes::Bytes, TransferError> {
    let file = Arc::clone(file);
    let path = path.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let mut buffer = Vec::new();
        read_block(&file, &path, offset, length as usize, &mut buffer)?;
        Ok(bytes::Bytes::from(buffer))
    })
    .await
    .map_err(TransferError::worker)?
}

impl PithosClient {
    /// Appends the contents of the file at `path` to an existing object.
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// let progress = cloud_pithos::progress::Progress::none();
    /// client.append_object("logs", "all.log", std::path::Path::new("today.log"), &progress).await?;
    /// # Ok(()) }
    /// ```
    pub async fn append_object(
        &self,
        container: &str,
        object: &str,
        path: &Path,
        progress: &Progress,
    ) -> Result<ObjectInfo, TransferError> {
        let size = tokio::fs::metadata(path)
            .await
            .map_err(|e| TransferError::local(path, e))?
            .len();
        let block = self.block_params(container).await?.block_size.max(1);
        let file = Arc::new(std::fs::File::open(path).map_err(|e| TransferError::local(path, e))?);
        progress.start(Phase::Transfer, size);
        let mut info = ObjectInfo::default();
        let mut offset = 0;
        if size == 0 {
            return Ok(self.get_object_info(container, object, None).await?);
        }
        while offset < size {
            let length = block.min(size - offset);
            let data = read_piece(&file, path, offset, length).await?;
            info = self.append_bytes(container, object, data).await?;
            offset += length;
            progress.advance(Phase::Transfer, length);
        }
        progress.finish(Phase::Transfer);
        Ok(info)
    }

    /// Overwrites bytes `start..=end` of an object with the first
    /// `end - start + 1` bytes of the file at `path`. Both ends must lie
    /// within the object's size (`end` may equal it: the object grows by one).
    ///
    /// ```no_run
    /// # async fn example(client: cloud_pithos::PithosClient) -> Result<(), Box<dyn std::error::Error>> {
    /// // Replace bytes 100..=199 with the first 100 bytes of patch.bin.
    /// let progress = cloud_pithos::progress::Progress::none();
    /// client.overwrite_object("data", "table.bin", 100, 199, std::path::Path::new("patch.bin"), &progress).await?;
    /// # Ok(()) }
    /// ```
    pub async fn overwrite_object(
        &self,
        container: &str,
        object: &str,
        start: u64,
        end: u64,
        path: &Path,
        progress: &Progress,
    ) -> Result<ObjectInfo, TransferError> {
        let current = self.get_object_info(container, object, None).await?;
        let size = current.bytes.unwrap_or(0);
        if start > end || start > size || end > size {
            return Err(TransferError::Invalid(format!(
                "cannot overwrite bytes {start}-{end} of {object}, which has {size} bytes; choose a range within the object"
            )));
        }
        let length = end - start + 1;
        let local = tokio::fs::metadata(path)
            .await
            .map_err(|e| TransferError::local(path, e))?
            .len();
        if local < length {
            return Err(TransferError::Invalid(format!(
                "{} has {local} bytes, fewer than the {length} to write",
                path.display()
            )));
        }
        let block = self.block_params(container).await?.block_size.max(1);
        let file = Arc::new(std::fs::File::open(path).map_err(|e| TransferError::local(path, e))?);
        progress.start(Phase::Transfer, length);
        let mut done = 0;
        let mut info = current;
        while done < length {
            let piece = block.min(length - done);
            let data = read_piece(&file, path, done, piece).await?;
            info = self
                .overwrite_bytes(container, object, start + done, data)
                .await?;
            done += piece;
            progress.advance(Phase::Transfer, piece);
        }
        progress.finish(Phase::Transfer);
        Ok(info)
    }
}
