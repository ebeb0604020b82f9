//! The two ways of checking a server's certificate.
//!
//! [`LazyRootsVerifier`] is the normal one. Reading the operating system's
//! root store takes milliseconds (about 4 ms for 145 certificates here), which
//! is most of a command's start-up, so it builds its root store on the first
//! certificate it has to check, once per process: a command that sends
//! nothing, talks plain HTTP, or runs on the in-process cloud never loads it.
//!
//! [`AcceptAnyCertificate`] is insecure mode: any certificate passes. Both
//! still check the handshake signatures ([`SignatureChecks`]), so a
//! connection is at least consistent with the certificate it presented.

use std::sync::{Arc, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};

/// The operating system's root certificates, read once per process.
fn native_roots() -> &'static [CertificateDer<'static>] {
    static NATIVE: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();
    NATIVE.get_or_init(|| {
        let loaded = rustls_native_certs::load_native_certs();
        tracing::trace!(
            certificates = loaded.certs.len(),
            "operating-system root certificates"
        );
        loaded.certs
    })
}

/// A standard WebPKI verifier whose roots (Mozilla's, the system's if asked,
/// and the user's extra CAs) are gathered on first use.
#[derive(Debug)]
pub(crate) struct LazyRootsVerifier {
    provider: Arc<CryptoProvider>,
    signatures: SignatureChecks,
    extra: Vec<CertificateDer<'static>>,
    native: bool,
    verifier: OnceLock<Result<Arc<WebPkiServerVerifier>, String>>,
}

impl LazyRootsVerifier {
    /// A verifier trusting the bundled roots, the system's when `native`, and `extra`.
    pub(crate) fn new(
        provider: Arc<CryptoProvider>,
        extra: Vec<CertificateDer<'static>>,
        native: bool,
    ) -> Self {
        LazyRootsVerifier {
            signatures: SignatureChecks(provider.clone()),
            provider,
            extra,
            native,
            verifier: OnceLock::new(),
        }
    }

    fn verifier(&self) -> Result<&Arc<WebPkiServerVerifier>, rustls::Error> {
        self.verifier
            .get_or_init(|| {
                let mut roots = RootCertStore::empty();
                roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
                if self.native {
                    roots.add_parsable_certificates(native_roots().iter().cloned());
                }
                roots.add_parsable_certificates(self.extra.iter().cloned());
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), self.provider.clone())
                    .build()
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| rustls::Error::General(format!("cannot set up certificate checks: {e}")))
    }
}

impl ServerCertVerifier for LazyRootsVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.verifier()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.tls12(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.tls13(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.signatures.schemes()
    }
}

/// The handshake-signature checks every verifier shares: the provider's
/// algorithms, whatever the trust decision.
#[derive(Debug)]
pub(crate) struct SignatureChecks(Arc<CryptoProvider>);

impl SignatureChecks {
    fn tls12(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn tls13(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The verifier of insecure mode: any certificate is accepted; handshake
/// signatures are still checked.
#[derive(Debug)]
pub(crate) struct AcceptAnyCertificate {
    signatures: SignatureChecks,
}

impl AcceptAnyCertificate {
    /// A verifier that trusts every server.
    pub(crate) fn new(provider: Arc<CryptoProvider>) -> Self {
        AcceptAnyCertificate {
            signatures: SignatureChecks(provider),
        }
    }
}

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.tls12(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.signatures.tls13(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.signatures.schemes()
    }
}
