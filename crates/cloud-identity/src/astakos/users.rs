//! User catalogs (UUID ↔ display name), feedback and the default project.

use std::collections::BTreeMap;

use cloud_core::{Body, Error};
use http::{HeaderValue, Method, Request};
use serde_json::json;

use super::AstakosClient;
use crate::models::account::{UserCatalogRequest, UserCatalogs};

impl AstakosClient {
    /// `POST {account}/user_catalogs`: both maps at once. Unknown entries
    /// are left out of the answer.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let catalogs = astakos.get_user_catalogs(&["u1"], &["a@example.org"]).await?;
    /// println!("{:?} {:?}", catalogs.uuid_catalog, catalogs.displayname_catalog);
    /// # Ok(()) }
    /// ```
    pub async fn get_user_catalogs<U: AsRef<str>, D: AsRef<str>>(
        &self,
        uuids: &[U],
        displaynames: &[D],
    ) -> Result<UserCatalogs, Error> {
        let body = UserCatalogRequest {
            uuids: Some(strings(uuids)),
            displaynames: Some(strings(displaynames)),
        };
        self.send_json(Method::POST, "user_catalogs", &body, true)
            .await
    }

    /// The display names (e-mails) of these UUIDs; unknown UUIDs are absent.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let names = astakos.uuids2usernames(&["u1"]).await?;
    /// println!("{:?}", names.get("u1"));
    /// # Ok(()) }
    /// ```
    pub async fn uuids2usernames<S: AsRef<str>>(
        &self,
        uuids: &[S],
    ) -> Result<BTreeMap<String, String>, Error> {
        Ok(self
            .get_user_catalogs::<S, &str>(uuids, &[])
            .await?
            .uuid_catalog)
    }

    /// The UUIDs of these display names; unknown names are absent.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let uuids = astakos.usernames2uuids(&["a@example.org"]).await?;
    /// # let _ = uuids; Ok(()) }
    /// ```
    pub async fn usernames2uuids<S: AsRef<str>>(
        &self,
        usernames: &[S],
    ) -> Result<BTreeMap<String, String>, Error> {
        Ok(self
            .get_user_catalogs::<&str, S>(&[], usernames)
            .await?
            .displayname_catalog)
    }

    /// `POST {account}/service/user_catalogs` with a component token: the
    /// same maps, for services (astakosclient's `service_get_usernames`).
    ///
    /// ```no_run
    /// # async fn f(component: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// let catalogs = component.service_get_user_catalogs(&["u1"], &[] as &[&str]).await?;
    /// # let _ = catalogs; Ok(()) }
    /// ```
    pub async fn service_get_user_catalogs<U: AsRef<str>, D: AsRef<str>>(
        &self,
        uuids: &[U],
        displaynames: &[D],
    ) -> Result<UserCatalogs, Error> {
        let body = UserCatalogRequest {
            uuids: Some(strings(uuids)),
            displaynames: Some(strings(displaynames)),
        };
        self.send_json(Method::POST, "service/user_catalogs", &body, true)
            .await
    }

    /// `POST {account}/feedback` (form-encoded, as the server wants).
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.send_feedback("The VM console is slow", "kamaki 0.1").await?;
    /// # Ok(()) }
    /// ```
    pub async fn send_feedback(&self, message: &str, data: &str) -> Result<(), Error> {
        let form = format!(
            "feedback_msg={}&feedback_data={}",
            form_encode(message),
            form_encode(data)
        );
        let uri = self.account_uri("feedback", &[]).await?;
        let mut request = Request::post(uri)
            .body(Body::from(form))
            .map_err(|e| Error::config(e.to_string(), "check the account URL"))?;
        request.headers_mut().insert(
            http::header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        self.transport.bytes(request).await.map(drop)
    }

    /// `POST {account}/myaccount/default_project`: the project new resources
    /// are charged to, and the next token's tenant.
    ///
    /// ```no_run
    /// # async fn f(astakos: cloud_identity::AstakosClient) -> Result<(), cloud_core::Error> {
    /// astakos.set_default_project("a1b2c3d4-…").await?;
    /// # Ok(()) }
    /// ```
    pub async fn set_default_project(&self, project_id: &str) -> Result<(), Error> {
        self.send_action(
            "myaccount/default_project",
            &json!({"project_id": project_id}),
        )
        .await
    }
}

/// Owned copies of string-likes.
pub(crate) fn strings<S: AsRef<str>>(items: &[S]) -> Vec<String> {
    items.iter().map(|s| s.as_ref().to_owned()).collect()
}

/// `application/x-www-form-urlencoded` encoding of one value.
fn form_encode(value: &str) -> String {
    const FORM: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'*')
        .remove(b' ');
    percent_encoding::utf8_percent_encode(value, FORM)
        .to_string()
        .replace(' ', "+")
}
