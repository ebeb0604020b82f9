//! The one body type every request and response in the transport carries.
//!
//! A [`Body`] is either empty, a buffer of bytes, or a stream. Buffered bodies
//! can be sent again (the retry and auth layers replay them); streams cannot,
//! and the layers know it through [`Body::is_replayable`].

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use http_body_util::BodyExt;
use http_body_util::combinators::UnsyncBoxBody;

/// The error type a streamed body may yield.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// An HTTP body: empty, buffered bytes, or a stream of chunks.
///
/// ```
/// use cloud_core::Body;
///
/// let body = Body::from("hello");
/// assert!(body.is_replayable());
/// assert_eq!(body.as_bytes().map(|b| b.len()), Some(5));
/// ```
pub struct Body {
    kind: Kind,
}

enum Kind {
    Empty,
    Bytes(Bytes),
    Stream(UnsyncBoxBody<Bytes, BoxError>),
}

impl Body {
    /// An empty body (no bytes, `Content-Length: 0` when sent).
    ///
    /// ```
    /// assert!(cloud_core::Body::empty().is_empty());
    /// ```
    pub fn empty() -> Self {
        Body { kind: Kind::Empty }
    }

    /// A body that streams from any [`http_body::Body`] whose chunks are `Bytes`.
    /// Such a body is read once and is never replayed.
    ///
    /// ```
    /// use cloud_core::Body;
    /// let inner = http_body_util::Full::new(bytes::Bytes::from_static(b"abc"));
    /// let body = Body::from_stream(inner);
    /// assert!(!body.is_replayable());
    /// ```
    pub fn from_stream<B>(body: B) -> Self
    where
        B: http_body::Body<Data = Bytes> + Send + 'static,
        B::Error: Into<BoxError>,
    {
        Body {
            kind: Kind::Stream(body.map_err(Into::into).boxed_unsync()),
        }
    }

    /// True when the body can be sent again: empty and buffered bodies can,
    /// streams cannot.
    ///
    /// ```
    /// assert!(cloud_core::Body::from(vec![1u8, 2, 3]).is_replayable());
    /// ```
    pub fn is_replayable(&self) -> bool {
        !matches!(self.kind, Kind::Stream(_))
    }

    /// True for a body known to hold no bytes.
    ///
    /// ```
    /// assert!(cloud_core::Body::from("").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        match &self.kind {
            Kind::Empty => true,
            Kind::Bytes(b) => b.is_empty(),
            Kind::Stream(s) => HttpBody::is_end_stream(s),
        }
    }

    /// The bytes of a buffered body, or `None` for a stream.
    ///
    /// ```
    /// let body = cloud_core::Body::from("abc");
    /// assert_eq!(body.as_bytes().unwrap().as_ref(), b"abc");
    /// ```
    pub fn as_bytes(&self) -> Option<&Bytes> {
        static EMPTY: Bytes = Bytes::new();
        match &self.kind {
            Kind::Empty => Some(&EMPTY),
            Kind::Bytes(b) => Some(b),
            Kind::Stream(_) => None,
        }
    }

    /// A copy of a replayable body (cheap: `Bytes` is reference counted),
    /// or `None` for a stream.
    ///
    /// ```
    /// let body = cloud_core::Body::from("abc");
    /// assert!(body.try_clone().is_some());
    /// ```
    pub fn try_clone(&self) -> Option<Body> {
        match &self.kind {
            Kind::Empty => Some(Body::empty()),
            Kind::Bytes(b) => Some(Body::from(b.clone())),
            Kind::Stream(_) => None,
        }
    }

    /// Reads the whole body into memory.
    ///
    /// ```
    /// # tokio_test_block_on(async {
    /// let bytes = cloud_core::Body::from("abc").collect_bytes().await.unwrap();
    /// assert_eq!(&bytes[..], b"abc");
    /// # });
    /// # fn tokio_test_block_on<F: std::future::Future>(f: F) -> F::Output {
    /// #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
    /// # }
    /// ```
    pub async fn collect_bytes(self) -> Result<Bytes, BoxError> {
        match self.kind {
            Kind::Empty => Ok(Bytes::new()),
            Kind::Bytes(b) => Ok(b),
            Kind::Stream(s) => Ok(s.collect().await?.to_bytes()),
        }
    }

    /// Reads at most `limit` bytes of the body; the rest is dropped unread.
    /// Used for error bodies and logs, where a huge body must not fill memory.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let head = cloud_core::Body::from("abcdef").collect_prefix(3).await.unwrap();
    /// assert_eq!(&head[..], b"abc");
    /// # });
    /// ```
    pub async fn collect_prefix(self, limit: usize) -> Result<Bytes, BoxError> {
        match self.kind {
            Kind::Empty => Ok(Bytes::new()),
            Kind::Bytes(b) => Ok(b.slice(..b.len().min(limit))),
            Kind::Stream(mut s) => {
                let mut out = bytes::BytesMut::new();
                while out.len() < limit {
                    match s.frame().await {
                        None => break,
                        Some(frame) => {
                            if let Ok(data) = frame?.into_data() {
                                let room = limit - out.len();
                                out.extend_from_slice(&data[..data.len().min(room)]);
                            }
                        }
                    }
                }
                Ok(out.freeze())
            }
        }
    }
}

impl Default for Body {
    fn default() -> Self {
        Body::empty()
    }
}

impl fmt::Debug for Body {
    /// Never prints content: a body may hold a secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Empty => f.write_str("Body::Empty"),
            Kind::Bytes(b) => write!(f, "Body::Bytes({} bytes)", b.len()),
            Kind::Stream(_) => f.write_str("Body::Stream"),
        }
    }
}

impl From<Bytes> for Body {
    fn from(b: Bytes) -> Self {
        Body {
            kind: Kind::Bytes(b),
        }
    }
}

impl From<Vec<u8>> for Body {
    fn from(v: Vec<u8>) -> Self {
        Body::from(Bytes::from(v))
    }
}

impl From<String> for Body {
    fn from(s: String) -> Self {
        Body::from(Bytes::from(s))
    }
}

impl From<&'static str> for Body {
    fn from(s: &'static str) -> Self {
        Body::from(Bytes::from_static(s.as_bytes()))
    }
}

impl From<&'static [u8]> for Body {
    fn from(s: &'static [u8]) -> Self {
        Body::from(Bytes::from_static(s))
    }
}

impl http_body::Body for Body {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        match &mut this.kind {
            Kind::Empty => Poll::Ready(None),
            Kind::Bytes(b) => {
                if b.is_empty() {
                    Poll::Ready(None)
                } else {
                    let data = std::mem::take(b);
                    Poll::Ready(Some(Ok(Frame::data(data))))
                }
            }
            Kind::Stream(s) => Pin::new(s).poll_frame(cx),
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Empty => true,
            Kind::Bytes(b) => b.is_empty(),
            Kind::Stream(s) => s.is_end_stream(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Empty => SizeHint::with_exact(0),
            Kind::Bytes(b) => SizeHint::with_exact(b.len() as u64),
            Kind::Stream(s) => s.size_hint(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn buffered_body_replays_and_streams_do_not() {
        let body = Body::from("payload");
        let copy = body.try_clone().unwrap();
        assert_eq!(&copy.collect_bytes().await.unwrap()[..], b"payload");
        assert_eq!(&body.collect_bytes().await.unwrap()[..], b"payload");

        let stream = Body::from_stream(http_body_util::Full::new(Bytes::from_static(b"x")));
        assert!(!stream.is_replayable());
        assert!(stream.try_clone().is_none());
        assert!(stream.as_bytes().is_none());
    }

    #[tokio::test]
    async fn prefix_of_a_stream_stops_at_the_limit() {
        let chunks = futures_util::stream::iter(
            (0..10).map(|i| Ok::<_, BoxError>(Frame::data(Bytes::from(vec![i as u8; 100])))),
        );
        let body = Body::from_stream(http_body_util::StreamBody::new(chunks));
        let head = body.collect_prefix(250).await.unwrap();
        assert_eq!(head.len(), 250);
        assert_eq!(head[0], 0);
        assert_eq!(head[249], 2);
    }

    #[test]
    fn debug_never_shows_content() {
        let text = format!("{:?}", Body::from("password=hunter2"));
        assert_eq!(text, "Body::Bytes(16 bytes)");
    }
}
