//! The account groups: user, project, membership, quota, resource,
//! commission, endpoint and service, with the seed's names and flags.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Change;

/// The project specification, as the seed documents it (`--spec-file`).
const PROJECT_SPEC: &str = "The --spec-file is JSON:
{
  \"name\": name,
  \"owner\": uuid,                   # if omitted, request user assumed
  \"homepage\": homepage,            # optional
  \"description\": description,      # optional
  \"comments\": comments,            # optional
  \"max_members\": max_members,      # optional
  \"private\": true | false,         # optional
  \"start_date\": date,              # optional
  \"end_date\": date,
  \"join_policy\": \"auto\" | \"moderated\" | \"closed\",   # default: \"moderated\"
  \"leave_policy\": \"auto\" | \"moderated\" | \"closed\",  # default: \"auto\"
  \"resources\": {\"cyclades.vm\": {\"project_capacity\": int, \"member_capacity\": int}}
}
Flags given with it override its fields.";

/// The `user` commands.
#[derive(Debug, Subcommand)]
pub enum User {
    /// Authenticate a user and get all authentication information
    Authenticate {
        /// A token to authenticate instead of the cloud's (default: the current user's)
        token: Option<String>,
    },
    /// Get info for (current) session user
    Info {
        /// Show the session user with this UUID
        #[arg(long, conflicts_with = "name")]
        uuid: Option<String>,
        /// Show the session user with this name
        #[arg(long)]
        name: Option<String>,
    },
    /// List (cached) session users: every token in cloud.NAME.token
    List {
        /// Show all details
        #[arg(short = 'l', long)]
        detail: bool,
    },
    /// Authenticate a user by token and add it to the session users (the cloud's token list)
    Add {
        /// The new user's token
        #[arg(long, required = true)]
        token: String,
        /// Append the token to the config file without asking
        #[arg(short = 'y', long)]
        yes: bool,
    },
    /// Select a user from the (cached) list as the current session user
    Select {
        /// The user's UUID or name (or #N: the N-th token of cloud.NAME.token)
        #[arg(long = "user", required = true, value_name = "UUID_OR_USERNAME")]
        uuid_or_username: String,
        /// Make it the default (first token) in the config file without asking
        #[arg(short = 'y', long)]
        yes: bool,
    },
    /// Delete a user (token) from the list of session users
    Delete {
        /// The user's UUID or name (or #N: the N-th token of cloud.NAME.token)
        #[arg(long = "user", required = true, value_name = "UUID_OR_USERNAME")]
        uuid_or_username: String,
        /// Drop the token from the config file without asking
        #[arg(short = 'y', long)]
        yes: bool,
    },
    /// Get user name(s) from uuid(s)
    Uuid2name {
        /// One or more user UUIDs
        #[arg(required = true)]
        uuids: Vec<String>,
    },
    /// Get user uuid(s) from name(s)
    Name2uuid {
        /// One or more user names (emails)
        #[arg(required = true)]
        usernames: Vec<String>,
    },
}

/// Fields of a project specification (create and modify).
#[derive(Debug, Clone, Default, Args)]
pub struct ProjectFields {
    /// A JSON file with the project specification (other flags override its fields)
    #[arg(long = "spec-file", value_name = "FILE")]
    pub spec_file: Option<PathBuf>,
    /// The project name
    #[arg(long = "name", value_name = "NAME")]
    pub name: Option<String>,
    /// The owner's UUID (default: the requesting user)
    #[arg(long = "owner", value_name = "UUID")]
    pub owner: Option<String>,
    /// The project's home page
    #[arg(long = "homepage", value_name = "URL")]
    pub homepage: Option<String>,
    /// A description
    #[arg(long = "description")]
    pub description: Option<String>,
    /// The maximum number of members
    #[arg(long = "max-members", value_name = "N")]
    pub max_members: Option<u64>,
    /// The start date (YYYY-MM-DD or ISO 8601)
    #[arg(long = "start-date", value_name = "DATE")]
    pub start_date: Option<String>,
    /// The end date (YYYY-MM-DD or ISO 8601)
    #[arg(long = "end-date", value_name = "DATE")]
    pub end_date: Option<String>,
    /// Who may join: auto, moderated or closed
    #[arg(long = "join-policy", value_parser = ["auto", "moderated", "closed"])]
    pub join_policy: Option<String>,
    /// Who may leave: auto, moderated or closed
    #[arg(long = "leave-policy", value_parser = ["auto", "moderated", "closed"])]
    pub leave_policy: Option<String>,
    /// A resource limit, RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY (repeatable), e.g. cyclades.cpu=1,5
    #[arg(long = "resource", value_name = "RES=MEMBER,PROJECT")]
    pub resources: Vec<String>,
}

/// The `project` commands.
#[derive(Debug, Subcommand)]
pub enum Project {
    /// List all projects
    List {
        /// Show all details
        #[arg(short = 'l', long = "details")]
        details: bool,
        /// Only projects with this name
        #[arg(long)]
        name: Option<String>,
        /// Only projects in this state
        #[arg(long)]
        state: Option<String>,
        /// Only projects of this owner (UUID)
        #[arg(long)]
        owner: Option<String>,
    },
    /// Get details for a project
    Info {
        /// The project ID
        project_id: String,
    },
    /// Apply for a new project (--spec-file, or --name and --end-date)
    #[command(after_long_help = PROJECT_SPEC)]
    Create {
        #[command(flatten)]
        fields: ProjectFields,
        /// Private project (true or false)
        #[arg(long = "private", value_name = "true|false")]
        private: Option<bool>,
        #[command(flatten)]
        change: Change,
    },
    /// Modify properties of a project
    #[command(after_long_help = PROJECT_SPEC)]
    Modify {
        /// The project ID
        project_id: String,
        #[command(flatten)]
        fields: ProjectFields,
        /// Make the project private
        #[arg(long, conflicts_with = "public")]
        private: bool,
        /// Make the project public
        #[arg(long)]
        public: bool,
        #[command(flatten)]
        change: Change,
    },
    /// Suspend a project (special privileges needed)
    Suspend(ProjectActionArgs),
    /// Resume a suspended project (special privileges needed)
    Unsuspend(ProjectActionArgs),
    /// Terminate a project (special privileges needed)
    Terminate(ProjectActionArgs),
    /// Reinstate a terminated project (special privileges needed)
    Reinstate(ProjectActionArgs),
    /// Approve an application (special privileges needed)
    Approve(ApplicationActionArgs),
    /// Deny an application (special privileges needed)
    Deny(ApplicationActionArgs),
    /// Dismiss your denied application
    Dismiss(ApplicationActionArgs),
    /// Cancel your application
    Cancel(ApplicationActionArgs),
    /// Join a project
    Join {
        /// The project ID
        project_id: String,
        #[command(flatten)]
        change: Change,
    },
    /// Enroll a user to a project
    Enroll {
        /// The project ID
        project_id: String,
        /// The user's email
        #[arg(long, required = true)]
        email: String,
        #[command(flatten)]
        change: Change,
    },
}

/// Arguments of suspend, unsuspend, terminate and reinstate.
#[derive(Debug, Clone, Args)]
pub struct ProjectActionArgs {
    /// The project ID
    pub project_id: String,
    /// Why (recorded by the server)
    #[arg(long, default_value = "")]
    pub reason: String,
    #[command(flatten)]
    pub change: Change,
}

/// Arguments of approve, deny, dismiss and cancel.
#[derive(Debug, Clone, Args)]
pub struct ApplicationActionArgs {
    /// The project ID
    pub project_id: String,
    /// The application ID
    #[arg(long = "app-id", required = true, value_name = "ID")]
    pub app_id: u64,
    /// Why (recorded by the server)
    #[arg(long, default_value = "")]
    pub reason: String,
    #[command(flatten)]
    pub change: Change,
}

/// Arguments of the membership actions.
#[derive(Debug, Clone, Args)]
pub struct MembershipActionArgs {
    /// The membership ID
    pub membership_id: u64,
    /// Why (recorded by the server)
    #[arg(long, default_value = "")]
    pub reason: String,
    #[command(flatten)]
    pub change: Change,
}

/// The `membership` commands.
#[derive(Debug, Subcommand)]
pub enum Membership {
    /// List all memberships
    List {
        /// Only memberships of this project
        #[arg(long = "project-id", alias = "project")]
        project_id: Option<String>,
    },
    /// Details on a membership
    Info {
        /// The membership ID
        membership_id: u64,
    },
    /// Accept a membership for a project you manage
    Accept(MembershipActionArgs),
    /// Reject a membership for a project you manage
    Reject(MembershipActionArgs),
    /// Remove a membership for a project you manage
    Remove(MembershipActionArgs),
    /// Cancel your (probably pending) membership to a project
    Cancel(MembershipActionArgs),
    /// Leave a project you have membership to
    Leave(MembershipActionArgs),
}

/// The `quota` commands.
#[derive(Debug, Subcommand)]
pub enum Quota {
    /// Show user quotas
    List {
        /// Only resources whose name starts with this (e.g. cyclades, pithos.diskspace)
        #[arg(long)]
        resource: Option<String>,
        /// Only this project
        #[arg(long = "project-id")]
        project_id: Option<String>,
        /// Show sizes in bytes, not KiB/MiB/GiB
        #[arg(long)]
        bytes: bool,
    },
}

/// The `resource` commands.
#[derive(Debug, Subcommand)]
pub enum Resource {
    /// List user resources
    List,
}

/// A component (service) token, for the privileged commands.
#[derive(Debug, Clone, Args)]
pub struct ServiceToken {
    /// The token of a component (service), e.g. from `cloud-emulator service-token`
    #[arg(
        long = "service-token",
        required = true,
        value_name = "TOKEN",
        allow_hyphen_values = true
    )]
    pub service_token: String,
}

/// The `commission` commands (a component token is required).
#[derive(Debug, Subcommand)]
pub enum Commission {
    /// List pending commissions (special privileges required)
    Pending {
        #[command(flatten)]
        token: ServiceToken,
    },
    /// Get commission info (special privileges required)
    Info {
        /// The commission serial number
        commission_id: u64,
        #[command(flatten)]
        token: ServiceToken,
    },
    /// Accept a pending commission (special privileges required)
    Accept {
        /// The commission serial number
        commission_id: u64,
        #[command(flatten)]
        token: ServiceToken,
        #[command(flatten)]
        change: Change,
    },
    /// Reject a pending commission (special privileges required)
    Reject {
        /// The commission serial number
        commission_id: u64,
        #[command(flatten)]
        token: ServiceToken,
        #[command(flatten)]
        change: Change,
    },
    /// Resolve multiple commissions (special privileges required)
    #[command(group = clap::ArgGroup::new("which").required(true).multiple(true).args(["accept", "reject"]))]
    Resolve {
        /// Serials to accept, comma-separated
        #[arg(long, value_delimiter = ',', value_name = "ID,...")]
        accept: Vec<u64>,
        /// Serials to reject, comma-separated
        #[arg(long, value_delimiter = ',', value_name = "ID,...")]
        reject: Vec<u64>,
        #[command(flatten)]
        token: ServiceToken,
        #[command(flatten)]
        change: Change,
    },
    /// Issue a commission (special privileges required)
    Issue {
        /// The user (holder) UUID
        #[arg(long, required = true)]
        uuid: String,
        /// The source project ID
        #[arg(long, required = true)]
        source: String,
        /// A JSON file: {"RESOURCE": QUANTITY, ...}, or a list of provisions
        #[arg(long = "file-path", required = true, value_name = "FILE")]
        file_path: PathBuf,
        /// A description (the commission's name)
        #[arg(long, default_value = "")]
        description: String,
        /// Force the commission even past the limits
        #[arg(long)]
        force: bool,
        /// Accept the commission at once
        #[arg(long = "accept")]
        accept: bool,
        #[command(flatten)]
        token: ServiceToken,
        #[command(flatten)]
        change: Change,
    },
}

/// The `endpoint` commands.
#[derive(Debug, Subcommand)]
pub enum Endpoint {
    /// Get endpoints service endpoints
    List {
        /// Only endpoints of this service type (e.g. compute, object-store)
        #[arg(long = "endpoint-type", alias = "type", value_name = "TYPE")]
        endpoint_type: Option<String>,
        /// Only services with this name
        #[arg(long)]
        name: Option<String>,
    },
}

/// The `service` commands.
#[derive(Debug, Subcommand)]
pub enum Service {
    /// List available services
    List,
    /// Get service quotas
    Quotas {
        #[command(flatten)]
        token: ServiceToken,
        /// Only this user
        #[arg(long)]
        uuid: Option<String>,
    },
    /// Get service uuid(s) from username(s)
    Username2uuid {
        #[command(flatten)]
        token: ServiceToken,
        /// A user name (repeatable)
        #[arg(long, required = true)]
        username: Vec<String>,
    },
    /// Get service username(s) from uuid(s)
    Uuid2username {
        #[command(flatten)]
        token: ServiceToken,
        /// A user UUID (repeatable)
        #[arg(long, required = true)]
        uuid: Vec<String>,
    },
}
