//! `POST /feedback` (IDENTITY.md §7): a user's message to the operators,
//! form-encoded (`feedback_msg`, `feedback_data`). The emulator keeps it in
//! the database (there is no one to mail it to) and answers 200 with an empty
//! body; a missing message (or a body that is not a form) is 400 `Invalid data`.

use axum::extract::State;
use axum::response::Response;
use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use rusqlite::params;

use crate::account::request;
use crate::account::request::Caller;
use crate::api_error::ApiFault;
use crate::{AppState, clock};

/// `POST /feedback`.
pub async fn post_feedback(
    State(state): State<AppState>,
    Caller(user): Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiFault> {
    let is_form = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    state
        .db
        .call(move |conn| {
            // Django fills request.POST only from form bodies.
            let text = if is_form {
                String::from_utf8_lossy(&body).into_owned()
            } else {
                String::new()
            };
            let field = |name: &str| request::query_param(Some(&text), name);
            let message = field("feedback_msg")
                .filter(|m| !m.trim().is_empty())
                .ok_or_else(|| ApiFault::bad_request("Invalid data"))?;
            let data = field("feedback_data").unwrap_or_default();
            tracing::info!(user = %user.uuid, "feedback received");
            conn.execute(
                "INSERT INTO feedback (user, message, data, date) VALUES (?1, ?2, ?3, ?4)",
                params![user.uuid, message, data, clock::now_micros()],
            )?;
            Ok(())
        })
        .await?;
    Ok(request::empty(StatusCode::OK))
}
