//! Listings that come in pages, as a [`Stream`](futures_util::Stream) of items.
//!
//! OpenStack and Synnefo list calls return at most `limit` items and take a
//! `marker` (the last item seen) to return the next ones. [`paginate`] turns a
//! "fetch one page" function into a stream of items: it fetches the first page
//! when the stream is first polled, yields its items one by one, and fetches
//! the next page (with the previous page's marker) only when those run out.
//! At most one page is held in memory.
//!
//! ```
//! use cloud_core::pagination::{Page, PageRequest, paginate};
//! use futures_util::StreamExt;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! // A stand-in for a container listing: names "o000" … "o024".
//! let names: Vec<String> = (0..25).map(|i| format!("o{i:03}")).collect();
//! let listing = paginate(Some(10), |request: PageRequest| {
//!     let page: Vec<String> = names
//!         .iter()
//!         .filter(|name| request.marker.as_ref().is_none_or(|marker| *name > marker))
//!         .take(request.limit.unwrap_or(usize::MAX))
//!         .cloned()
//!         .collect();
//!     async move { Ok(Page::from_items_with_marker(page, request.limit, |name| name.clone())) }
//! });
//! let mut listing = std::pin::pin!(listing);
//! let mut seen = Vec::new();
//! while let Some(name) = listing.next().await {
//!     seen.push(name?);
//! }
//! assert_eq!(seen, names);
//! # Ok::<(), cloud_core::Error>(())
//! # }).unwrap();
//! ```

use std::future::Future;

use futures_util::StreamExt;
use futures_util::stream::{self, FusedStream};

use crate::Error;

/// One page of a listing: its items, and the marker that asks for the next page.
///
/// ```
/// use cloud_core::pagination::Page;
/// let last: Page<u32> = Page::last(vec![1, 2]);
/// assert_eq!(last.next_marker, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// The items of this page, in the server's order.
    pub items: Vec<T>,
    /// The marker to send for the next page; `None` when this is the last page.
    pub next_marker: Option<String>,
}

impl<T> Page<T> {
    /// A page followed by more, fetched with `next_marker`.
    ///
    /// ```
    /// let page = cloud_core::pagination::Page::new(vec!["a", "b"], Some("b".to_owned()));
    /// assert_eq!(page.next_marker.as_deref(), Some("b"));
    /// ```
    pub fn new(items: Vec<T>, next_marker: Option<String>) -> Self {
        Page { items, next_marker }
    }

    /// The last page of a listing.
    ///
    /// ```
    /// let page = cloud_core::pagination::Page::last(vec![7]);
    /// assert_eq!(page.items, [7]);
    /// assert!(page.next_marker.is_none());
    /// ```
    pub fn last(items: Vec<T>) -> Self {
        Page {
            items,
            next_marker: None,
        }
    }

    /// A page whose marker is its last item's (the Swift / Pithos+ style, where
    /// the marker is the last name seen).
    ///
    /// With a `limit`, a page shorter than it is the last one (no marker).
    /// Without one the server chose the page size (Swift's default is 10,000),
    /// so every non-empty page gets a marker and an empty page ends the listing.
    ///
    /// ```
    /// use cloud_core::pagination::Page;
    /// let full = Page::from_items_with_marker(vec!["a", "b"], Some(2), |s| s.to_string());
    /// assert_eq!(full.next_marker.as_deref(), Some("b"));
    /// let short = Page::from_items_with_marker(vec!["c"], Some(2), |s| s.to_string());
    /// assert_eq!(short.next_marker, None);
    /// let unbounded = Page::from_items_with_marker(vec!["c"], None, |s| s.to_string());
    /// assert_eq!(unbounded.next_marker.as_deref(), Some("c"));
    /// ```
    pub fn from_items_with_marker(
        items: Vec<T>,
        limit: Option<usize>,
        marker_of: impl Fn(&T) -> String,
    ) -> Self {
        let full = limit.is_none_or(|limit| items.len() >= limit);
        let next_marker = if full {
            items.last().map(marker_of)
        } else {
            None
        };
        Page { items, next_marker }
    }
}

/// What to ask the server for: the page after `marker`, of at most `limit` items.
///
/// ```
/// let first = cloud_core::pagination::PageRequest::default();
/// assert_eq!(first.marker, None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageRequest {
    /// The marker of the previous page; `None` for the first page.
    pub marker: Option<String>,
    /// The page size to ask for; `None` leaves it to the server.
    pub limit: Option<usize>,
}

impl PageRequest {
    /// The `limit` and `marker` query parameters to send (marker not yet
    /// percent-encoded), in that order, leaving out those not set.
    ///
    /// ```
    /// use cloud_core::pagination::PageRequest;
    /// let request = PageRequest { marker: Some("photos/b".into()), limit: Some(500) };
    /// assert_eq!(
    ///     request.query_pairs(),
    ///     [("limit", "500".to_owned()), ("marker", "photos/b".to_owned())]
    /// );
    /// ```
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::with_capacity(2);
        if let Some(limit) = self.limit {
            pairs.push(("limit", limit.to_string()));
        }
        if let Some(marker) = &self.marker {
            pairs.push(("marker", marker.clone()));
        }
        pairs
    }
}

/// What to ask for after the page being drained.
enum Next {
    /// The first page.
    First,
    /// The page after this marker.
    After(String),
    /// Nothing: the listing ended or failed.
    Done,
}

/// The stream's state between items.
struct State<T, F> {
    fetch: F,
    limit: Option<usize>,
    items: std::vec::IntoIter<T>,
    next: Next,
}

/// Lists every item of a paged listing, fetching pages lazily.
///
/// `fetch` is called with the first [`PageRequest`] (no marker) when the stream
/// is first polled, and again with the previous page's `next_marker` each time
/// a page's items are used up. The listing ends after a page that is empty,
/// has no `next_marker`, or (when `limit` is given) is shorter than `limit`.
/// An error from `fetch` is yielded once, then the stream ends; so does a page
/// whose marker is the one just sent, which would otherwise loop forever.
///
/// The stream is fused (polling it after its end keeps answering `None`) but
/// not `Unpin`; pin it (`std::pin::pin!`) to call `next`.
///
/// ```
/// use cloud_core::Error;
/// use cloud_core::pagination::{Page, paginate};
/// use futures_util::StreamExt;
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let mut pages = vec![
///     Page::new(vec![1, 2], Some("2".to_owned())),
///     Page::new(vec![3], None),
/// ]
/// .into_iter();
/// let numbers = paginate(Some(2), |_request| {
///     let page = pages.next();
///     async move { page.ok_or_else(|| Error::decode("a listing", "no more pages")) }
/// });
/// let numbers: Vec<Result<i32, Error>> = numbers.collect().await;
/// let numbers: Vec<i32> = numbers.into_iter().collect::<Result<_, _>>()?;
/// assert_eq!(numbers, [1, 2, 3]);
/// # Ok::<(), Error>(())
/// # }).unwrap();
/// ```
pub fn paginate<T, F, Fut>(
    limit: Option<usize>,
    fetch: F,
) -> impl FusedStream<Item = Result<T, Error>>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error>>,
{
    let state = State {
        fetch,
        limit,
        items: Vec::new().into_iter(),
        next: Next::First,
    };
    stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.items.next() {
                return Some((Ok(item), state));
            }
            let marker = match std::mem::replace(&mut state.next, Next::Done) {
                Next::Done => return None,
                Next::First => None,
                Next::After(marker) => Some(marker),
            };
            // Free the drained page before the next one arrives.
            state.items = Vec::new().into_iter();
            let request = PageRequest {
                marker,
                limit: state.limit,
            };
            let sent_marker = request.marker.clone();
            let page = match (state.fetch)(request).await {
                Ok(page) => page,
                Err(error) => return Some((Err(error), state)),
            };
            let full = state.limit.is_none_or(|limit| page.items.len() >= limit);
            match page.next_marker {
                Some(marker) if full && !page.items.is_empty() => {
                    if sent_marker.as_ref() == Some(&marker) {
                        let error = Error::decode(
                            "a paged listing",
                            format!(
                                "the server answered the request for the page after {marker:?} \
                                 with the same marker, so the listing would never end; stopping"
                            ),
                        );
                        return Some((Err(error), state));
                    }
                    state.next = Next::After(marker);
                }
                _ => {}
            }
            state.items = page.items.into_iter();
        }
    })
    .fuse()
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::cell::RefCell;

    fn names(count: usize) -> Vec<String> {
        (0..count).map(|i| format!("object-{i:05}")).collect()
    }

    /// A Swift-like listing over `all`: items after the marker, at most `limit`.
    fn serve(all: &[String], request: &PageRequest) -> Vec<String> {
        all.iter()
            .filter(|name| request.marker.as_ref().is_none_or(|marker| *name > marker))
            .take(request.limit.unwrap_or(10_000))
            .cloned()
            .collect()
    }

    #[tokio::test]
    async fn pages_of_a_thousand() {
        let all = names(2_500);
        let requests = RefCell::new(Vec::new());
        let stream = paginate(Some(1_000), |request: PageRequest| {
            requests.borrow_mut().push(request.clone());
            let page =
                Page::from_items_with_marker(serve(&all, &request), request.limit, |n| n.clone());
            async move { Ok(page) }
        });
        let got: Vec<String> = stream.map(Result::unwrap).collect().await;
        assert_eq!(got, all);
        let requests = requests.into_inner();
        assert_eq!(
            requests,
            [
                PageRequest {
                    marker: None,
                    limit: Some(1_000)
                },
                PageRequest {
                    marker: Some("object-00999".into()),
                    limit: Some(1_000)
                },
                PageRequest {
                    marker: Some("object-01999".into()),
                    limit: Some(1_000)
                },
            ]
        );
    }

    #[tokio::test]
    async fn exact_multiple_needs_one_empty_page() {
        let all = names(2_000);
        let fetches = RefCell::new(0);
        let stream = paginate(Some(1_000), |request: PageRequest| {
            *fetches.borrow_mut() += 1;
            let page =
                Page::from_items_with_marker(serve(&all, &request), request.limit, |n| n.clone());
            async move { Ok(page) }
        });
        let got: Vec<String> = stream.map(Result::unwrap).collect().await;
        assert_eq!(got.len(), 2_000);
        assert_eq!(fetches.into_inner(), 3);
    }

    #[tokio::test]
    async fn without_a_limit_an_empty_page_ends_it() {
        let all = names(25_000);
        let fetches = RefCell::new(0);
        let stream = paginate(None, |request: PageRequest| {
            *fetches.borrow_mut() += 1;
            let page =
                Page::from_items_with_marker(serve(&all, &request), request.limit, |n| n.clone());
            async move { Ok(page) }
        });
        let got: Vec<String> = stream.map(Result::unwrap).collect().await;
        assert_eq!(got, all);
        // 10,000 + 10,000 + 5,000, then an empty page.
        assert_eq!(fetches.into_inner(), 4);
    }

    #[tokio::test]
    async fn pages_are_fetched_lazily() {
        let all = names(30);
        let fetches = RefCell::new(0);
        let stream = paginate(Some(10), |request: PageRequest| {
            *fetches.borrow_mut() += 1;
            let page =
                Page::from_items_with_marker(serve(&all, &request), request.limit, |n| n.clone());
            async move { Ok(page) }
        });
        let mut stream = std::pin::pin!(stream);
        assert_eq!(*fetches.borrow(), 0);
        for _ in 0..10 {
            stream.next().await.unwrap().unwrap();
        }
        assert_eq!(*fetches.borrow(), 1);
        assert_eq!(stream.next().await.unwrap().unwrap(), "object-00010");
        assert_eq!(*fetches.borrow(), 2);
    }

    #[tokio::test]
    async fn an_error_on_page_two_comes_after_page_one_then_the_end() {
        let fetches = RefCell::new(0);
        let stream = paginate(Some(3), |request: PageRequest| {
            *fetches.borrow_mut() += 1;
            let result = match request.marker.as_deref() {
                None => Ok(Page::new(vec![1, 2, 3], Some("3".into()))),
                Some(_) => Err(Error::decode("GET /servers", "page two broke")),
            };
            async move { result }
        });
        let mut stream = std::pin::pin!(stream);
        for expected in 1..=3 {
            assert_eq!(stream.next().await.unwrap().unwrap(), expected);
        }
        let err = stream.next().await.unwrap().unwrap_err();
        assert!(err.to_string().contains("page two broke"), "{err}");
        assert!(stream.next().await.is_none());
        assert!(stream.next().await.is_none());
        assert_eq!(*fetches.borrow(), 2);
    }

    #[tokio::test]
    async fn empty_first_page() {
        let fetches = RefCell::new(0);
        let stream = paginate(Some(100), |_request| {
            *fetches.borrow_mut() += 1;
            // A server that (wrongly) sends a marker with an empty page must not loop.
            async { Ok(Page::<u8>::new(Vec::new(), Some("x".into()))) }
        });
        let got: Vec<Result<u8, Error>> = stream.collect().await;
        assert!(got.is_empty());
        assert_eq!(fetches.into_inner(), 1);
    }

    #[tokio::test]
    async fn short_page_ends_even_with_a_marker() {
        let fetches = RefCell::new(0);
        let stream = paginate(Some(10), |_request| {
            *fetches.borrow_mut() += 1;
            async { Ok(Page::new(vec![1, 2], Some("2".into()))) }
        });
        let got: Vec<i32> = stream.map(Result::unwrap).collect().await;
        assert_eq!(got, [1, 2]);
        assert_eq!(fetches.into_inner(), 1);
    }

    #[tokio::test]
    async fn a_repeated_marker_is_an_error_not_a_loop() {
        let stream = paginate(Some(2), |_request| async {
            Ok(Page::new(vec![1, 2], Some("2".into())))
        });
        let got: Vec<Result<i32, Error>> = stream.collect().await;
        assert_eq!(got.len(), 3);
        assert!(matches!(got[2], Err(Error::Decode { .. })));
        assert!(
            got[2]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("never end")
        );
    }

    #[test]
    fn the_stream_is_send_when_the_fetcher_is() {
        fn assert_send<T: Send>(_: &T) {}
        let stream = paginate(Some(10), |_request| async { Ok(Page::last(vec![1u8])) });
        assert_send(&stream);
    }

    #[test]
    fn marker_from_items() {
        let page = Page::from_items_with_marker(Vec::<String>::new(), Some(2), |n| n.clone());
        assert_eq!(page.next_marker, None);
        let page = Page::from_items_with_marker(Vec::<String>::new(), None, |n| n.clone());
        assert_eq!(page.next_marker, None);
        let page = Page::from_items_with_marker(vec![(1, "a"), (2, "b")], Some(2), |(id, _)| {
            id.to_string()
        });
        assert_eq!(page.next_marker.as_deref(), Some("2"));
    }

    #[test]
    fn query_pairs() {
        assert!(PageRequest::default().query_pairs().is_empty());
        let request = PageRequest {
            marker: Some("m".into()),
            limit: None,
        };
        assert_eq!(request.query_pairs(), [("marker", "m".to_owned())]);
    }
}
