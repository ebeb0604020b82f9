//! Just enough HTTP/1.1 over a `TcpStream` to ask the servers on loopback
//! whether they answer, and to log in to Keystone once: one request per
//! connection (`Connection: close`), the whole response read into memory.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use super::settings::HOST;

/// A response: status, headers (names lower-cased) and body.
#[derive(Debug)]
pub(crate) struct Response {
    /// The status code, e.g. 200.
    pub(crate) status: u16,
    /// The headers, names in lower case, in the order received.
    pub(crate) headers: Vec<(String, String)>,
    /// The body, de-chunked.
    pub(crate) body: Vec<u8>,
}

impl Response {
    /// The first header called `name` (give it in lower case).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The body as text (lossily).
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends one request to `127.0.0.1:port` and reads the response. `timeout`
/// bounds the connect and each read and write.
pub(crate) fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
    timeout: Duration,
) -> io::Result<Response> {
    let address: SocketAddr = format!("{HOST}:{port}")
        .parse()
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error))?;
    let mut stream = TcpStream::connect_timeout(&address, timeout)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;

    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\
         User-Agent: kamaki-xtask\r\n"
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if let Some(body) = body {
        stream.write_all(body)?;
    }
    stream.flush()?;

    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse_response(&raw, method == "HEAD")
}

/// `GET path`, returning only the status.
pub(crate) fn get_status(port: u16, path: &str, timeout: Duration) -> io::Result<u16> {
    request(port, "GET", path, &[], None, timeout).map(|response| response.status)
}

/// Whether something accepts TCP connections on `127.0.0.1:port`.
pub(crate) fn port_in_use(port: u16) -> bool {
    format!("{HOST}:{port}")
        .parse::<SocketAddr>()
        .is_ok_and(|address| {
            TcpStream::connect_timeout(&address, Duration::from_millis(500)).is_ok()
        })
}

/// Parses a whole HTTP/1.1 response.
fn parse_response(raw: &[u8], head_only: bool) -> io::Result<Response> {
    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_owned());
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("the response ended before its headers did"))?;
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .filter(|_| status_line.starts_with("HTTP/"))
        .ok_or_else(|| bad("no HTTP status line"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers.iter().any(|(name, value)| {
        name == "transfer-encoding" && value.to_ascii_lowercase().contains("chunked")
    });
    let body = if head_only {
        Vec::new()
    } else if chunked {
        dechunk(rest).ok_or_else(|| bad("a malformed chunked body"))?
    } else {
        rest.to_vec()
    };
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Joins the chunks of a `Transfer-Encoding: chunked` body.
fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size_hex = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size + 2..)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_response_parses() {
        let raw = b"HTTP/1.1 201 Created\r\nX-Subject-Token: abc\r\nContent-Length: 2\r\n\r\n{}";
        let response = parse_response(raw, false).unwrap();
        assert_eq!(response.status, 201);
        assert_eq!(response.header("x-subject-token"), Some("abc"));
        assert_eq!(response.text(), "{}");
    }

    #[test]
    fn a_chunked_body_is_joined() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        assert_eq!(parse_response(raw, false).unwrap().text(), "abcde");
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(parse_response(b"SSH-2.0-OpenSSH\r\n\r\n", false).is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\n", false).is_err());
    }

    #[test]
    fn a_request_goes_over_the_wire() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut buf = [0u8; 1024];
            let n = stream.read(&mut buf).unwrap();
            let request = String::from_utf8_lossy(&buf[..n]).into_owned();
            stream
                .write_all(b"HTTP/1.1 300 Multiple Choices\r\nContent-Length: 0\r\n\r\n")
                .unwrap();
            request
        });
        assert_eq!(
            get_status(port, "/versions", Duration::from_secs(5)).unwrap(),
            300
        );
        let request = server.join().unwrap();
        assert!(
            request.starts_with("GET /versions HTTP/1.1\r\n"),
            "{request}"
        );
    }
}
