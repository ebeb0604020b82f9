//! Who is calling (PITHOS.md §1.3): `X-Auth-Token` as a header or a query
//! parameter (the query wins), resolved to a user uuid.

use axum::response::{IntoResponse, Response};
use http::StatusCode;

use crate::AppState;
use crate::api_error::ApiFault;
use crate::pithos::reply::Reply;
use crate::pithos::request::PithosRequest;
use crate::users;

/// The token of a request, if any.
pub fn token(request: &PithosRequest) -> Option<String> {
    request
        .query
        .get("X-Auth-Token")
        .or_else(|| request.headers.get("x-auth-token"))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

/// The caller's uuid; 401 without a valid token.
pub async fn authenticate(state: &AppState, token: Option<String>) -> Result<String, ApiFault> {
    state
        .db
        .call(move |conn| Ok(users::authenticate(conn, token.as_deref())?.uuid))
        .await
}

/// The legacy top-level GET without a token (§3.1): `X-Auth-User` and
/// `X-Auth-Key` give back the key as token and the storage URL.
pub fn legacy(state: &AppState, request: &PithosRequest) -> Result<Response, ApiFault> {
    let (Some(user), Some(key)) = (
        request.headers.get("x-auth-user"),
        request.headers.get("x-auth-key"),
    ) else {
        return Err(ApiFault::bad_request(
            "Missing X-Auth-User or X-Auth-Key header",
        ));
    };
    Ok(Reply::new(StatusCode::NO_CONTENT)
        .header("x-auth-token", key)
        .header(
            "x-storage-url",
            format!("{}/object-store/v1/{user}", state.base_url),
        )
        .into_response())
}
