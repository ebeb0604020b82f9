//! The HTTP connector: hyper-util's pooled client over rustls.
//!
//! Servers are trusted through the Mozilla roots bundled in `webpki-roots`,
//! the operating system's store, and an optional extra CA bundle (the usual
//! case for a private cloud); the roots are gathered on the first handshake
//! (in `tls_verify.rs`), so building a transport costs microseconds. A client
//! certificate can be presented. The
//! `insecure` mode accepts any server certificate; it exists for test clouds,
//! must be asked for explicitly, and logs one warning when a transport is built
//! with it. There is no OpenSSL anywhere in the tree.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::{Request, Response};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::{ClientConfig, RootCertStore};

use crate::error::TimeoutKind;
use crate::layers::ResponseFuture;
use crate::redact::redact_uri;
use crate::tls_verify::{AcceptAnyCertificate, LazyRootsVerifier};
use crate::{Body, Error};

/// How to trust servers and how to prove who we are to them.
///
/// ```
/// let tls = cloud_core::TlsOptions::default().extra_ca_file("/etc/ssl/private-cloud-ca.pem");
/// assert!(!tls.is_insecure());
/// ```
#[derive(Debug, Clone)]
pub struct TlsOptions {
    extra_ca_file: Option<PathBuf>,
    client_identity: Option<(PathBuf, PathBuf)>,
    insecure: bool,
    native_roots: bool,
}

impl Default for TlsOptions {
    /// Webpki and operating-system roots, no client certificate, verification on.
    fn default() -> Self {
        TlsOptions {
            extra_ca_file: None,
            client_identity: None,
            insecure: false,
            native_roots: true,
        }
    }
}

impl TlsOptions {
    /// Also trust the CA certificates in this PEM file.
    ///
    /// ```
    /// let _ = cloud_core::TlsOptions::default().extra_ca_file("ca.pem");
    /// ```
    pub fn extra_ca_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.extra_ca_file = Some(path.into());
        self
    }

    /// Present this certificate chain and private key (both PEM files).
    ///
    /// ```
    /// let _ = cloud_core::TlsOptions::default().client_identity("client.pem", "client.key");
    /// ```
    pub fn client_identity(mut self, cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> Self {
        self.client_identity = Some((cert.into(), key.into()));
        self
    }

    /// Accept any server certificate. Only for clouds you control.
    ///
    /// ```
    /// assert!(cloud_core::TlsOptions::default().insecure(true).is_insecure());
    /// ```
    pub fn insecure(mut self, insecure: bool) -> Self {
        self.insecure = insecure;
        self
    }

    /// Whether to read the operating system's root store (on by default).
    ///
    /// ```
    /// let _ = cloud_core::TlsOptions::default().native_roots(false);
    /// ```
    pub fn native_roots(mut self, enabled: bool) -> Self {
        self.native_roots = enabled;
        self
    }

    /// True when server certificates are not verified.
    ///
    /// ```
    /// assert!(!cloud_core::TlsOptions::default().is_insecure());
    /// ```
    pub fn is_insecure(&self) -> bool {
        self.insecure
    }

    /// Builds the rustls client configuration these options describe.
    fn client_config(&self) -> Result<ClientConfig, Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::config(format!("TLS setup failed: {e}"), "report this as a bug"))?;
        let builder = if self.insecure {
            tracing::warn!(
                "TLS certificate verification is disabled (insecure mode): the server's identity is not checked"
            );
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate::new(provider)))
        } else {
            let verifier = LazyRootsVerifier::new(provider, self.extra_roots()?, self.native_roots);
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
        };
        // ALPN (h2, http/1.1) is set by hyper-rustls from the enabled protocols.
        let config = match &self.client_identity {
            None => builder.with_no_client_auth(),
            Some((cert, key)) => {
                let chain = read_certificates(cert)?;
                let key = PrivateKeyDer::from_pem_file(key).map_err(|e| {
                    Error::config(
                        format!("cannot read a private key from {}: {e}", key.display()),
                        "give a PEM file holding the client certificate's private key",
                    )
                })?;
                builder.with_client_auth_cert(chain, key).map_err(|e| {
                    Error::config(
                        format!(
                            "the client certificate {} cannot be used: {e}",
                            cert.display()
                        ),
                        "check that the certificate and key belong together",
                    )
                })?
            }
        };
        Ok(config)
    }

    /// The user's extra CA certificates, read and checked now so that a bad
    /// file is a configuration error at build time, not at the first request.
    fn extra_roots(&self) -> Result<Vec<CertificateDer<'static>>, Error> {
        let Some(path) = &self.extra_ca_file else {
            return Ok(Vec::new());
        };
        let certs = read_certificates(path)?;
        let mut probe = RootCertStore::empty();
        let (added, _) = probe.add_parsable_certificates(certs.iter().cloned());
        if added == 0 {
            return Err(Error::config(
                format!("{} holds no usable CA certificate", path.display()),
                "give a PEM file with one or more `BEGIN CERTIFICATE` blocks",
            ));
        }
        Ok(certs)
    }
}

fn read_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, Error> {
    let unreadable = |e: &dyn std::fmt::Display| {
        Error::config(
            format!("cannot read certificates from {}: {e}", path.display()),
            "give the path of a PEM file with `BEGIN CERTIFICATE` blocks",
        )
    };
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| unreadable(&e))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| unreadable(&e))?;
    if certs.is_empty() {
        return Err(unreadable(&"no certificate found"));
    }
    Ok(certs)
}

/// The innermost service: sends requests over HTTP or HTTPS with a connection pool.
#[derive(Clone, Debug)]
pub struct HttpConnectorService {
    client: Client<HttpsConnector<HttpConnector>, Body>,
    connect_timeout: Option<Duration>,
}

impl HttpConnectorService {
    /// A pooled client with these TLS options and connect timeout.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
    /// let svc = cloud_core::connector::HttpConnectorService::new(
    ///     &cloud_core::TlsOptions::default(), Some(std::time::Duration::from_secs(10))).unwrap();
    /// # let _ = svc;
    /// # });
    /// ```
    pub fn new(tls: &TlsOptions, connect_timeout: Option<Duration>) -> Result<Self, Error> {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(connect_timeout);
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls.client_config()?)
            .https_or_http()
            .enable_http1()
            .enable_http2()
            .wrap_connector(http);
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(https);
        Ok(HttpConnectorService {
            client,
            connect_timeout,
        })
    }
}

impl tower::Service<Request<Body>> for HttpConnectorService {
    type Response = Response<Body>;
    type Error = Error;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let method = request.method().clone();
        let url = redact_uri(request.uri());
        let future = self.client.request(request);
        let connect_timeout = self.connect_timeout;
        Box::pin(async move {
            match future.await {
                Ok(response) => Ok(response.map(Body::from_stream)),
                Err(error) => {
                    let timed_out = error.is_connect() && chain_has_timeout(&error);
                    match (timed_out, connect_timeout) {
                        (true, Some(after)) => Err(Error::Timeout {
                            kind: TimeoutKind::Connect,
                            method,
                            url,
                            after,
                        }),
                        _ => Err(Error::Transport {
                            method,
                            url,
                            message: error_chain(&error),
                            attempts: 1,
                            elapsed: Duration::ZERO,
                            source: Some(Box::new(error)),
                        }),
                    }
                }
            }
        })
    }
}

/// An error and its causes, joined by `: ` (hyper's own message alone says little).
///
/// ```
/// let e = std::io::Error::new(std::io::ErrorKind::Other, "boom");
/// assert_eq!(cloud_core::connector::error_chain(&e), "boom");
/// ```
pub fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

fn chain_has_timeout(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::TimedOut
        {
            return true;
        }
        current = e.source();
    }
    false
}
