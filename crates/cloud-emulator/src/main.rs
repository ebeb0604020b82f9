//! `cloud-emulator`: run a local Synnefo-compatible cloud.
//!
//! ```text
//! cloud-emulator serve --listen 127.0.0.1:PORT --data DIR [--faults SPEC]
//! cloud-emulator user add NAME --data DIR
//! cloud-emulator service-token [COMPONENT] --data DIR
//! ```
//!
//! `serve` prints `CLOUD_URL=…` and `CLOUD_TOKEN=…` on stdout, one per line,
//! so that a script can `eval` them; port 0 picks a free port.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use cloud_emulator::fault_injection::FaultSpec;
use cloud_emulator::{Emulator, Options};

const USAGE: &str = "usage:
  cloud-emulator serve --listen ADDR:PORT --data DIR [--faults SPEC]
  cloud-emulator user add NAME --data DIR
  cloud-emulator service-token [COMPONENT] --data DIR

serve          run the cloud; prints CLOUD_URL and CLOUD_TOKEN for `eval`
user add       add a user; prints its uuid and token
service-token  print the token of a component (astakos, cyclades, pithos;
               default cyclades) for commissions and service quotas
SPEC           e.g. seed=7,503=0.05,drop=0.05,stall=0.01,truncate=0.05";

/// A usage error: the message, then the usage, exit code 2.
struct Usage(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(Usage(message))) => {
            eprintln!("cloud-emulator: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(message)) => {
            eprintln!("cloud-emulator: {message}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(Usage),
    Runtime(String),
}

impl From<Usage> for Failure {
    fn from(u: Usage) -> Self {
        Failure::Usage(u)
    }
}

/// `--name value` options after the positional words.
struct Flags {
    listen: Option<String>,
    data: Option<PathBuf>,
    faults: Option<String>,
    positional: Vec<String>,
}

fn parse_flags(args: &[String]) -> Result<Flags, Usage> {
    let mut flags = Flags {
        listen: None,
        data: None,
        faults: None,
        positional: Vec::new(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |flag: &str| -> Result<String, Usage> {
            inline
                .clone()
                .or_else(|| iter.next().cloned())
                .ok_or_else(|| Usage(format!("{flag} needs a value")))
        };
        match name {
            "--listen" => flags.listen = Some(value("--listen")?),
            "--data" => flags.data = Some(PathBuf::from(value("--data")?)),
            "--faults" => flags.faults = Some(value("--faults")?),
            "-h" | "--help" => return Err(Usage("help".into())),
            other if other.starts_with('-') => {
                return Err(Usage(format!("unknown option {other}")));
            }
            word => flags.positional.push(word.to_owned()),
        }
    }
    Ok(flags)
}

fn run(args: &[String]) -> Result<(), Failure> {
    let flags = parse_flags(args)?;
    let words: Vec<&str> = flags.positional.iter().map(String::as_str).collect();
    let data = || {
        flags
            .data
            .clone()
            .ok_or_else(|| Usage("--data DIR is required".into()))
    };
    match words.as_slice() {
        ["serve"] => {
            let listen = flags.listen.clone().unwrap_or_else(|| "127.0.0.1:0".into());
            let mut options = Options::new(data()?);
            if let Some(spec) = &flags.faults {
                let spec: FaultSpec = spec.parse().map_err(|e| Usage(format!("{e}")))?;
                options = options.faults(spec);
            }
            serve(options, &listen)
        }
        ["user", "add", name] => {
            let emulator = Emulator::open(Options::new(data()?))
                .map_err(|e| Failure::Runtime(e.to_string()))?;
            let user = emulator
                .add_user(name)
                .map_err(|e| Failure::Runtime(e.message.clone()))?;
            println!("uuid={}\ntoken={}", user.uuid, user.token);
            Ok(())
        }
        ["service-token", rest @ ..] if rest.len() <= 1 => {
            let component = rest
                .first()
                .copied()
                .unwrap_or(cloud_emulator::account::components::DEFAULT_COMPONENT);
            let emulator = Emulator::open(Options::new(data()?))
                .map_err(|e| Failure::Runtime(e.to_string()))?;
            let token = emulator
                .state()
                .db
                .call_blocking(|conn| cloud_emulator::account::components::token(conn, component))
                .map_err(|e| Failure::Runtime(e.message.clone()))?;
            println!("{token}");
            Ok(())
        }
        [] => Err(Usage("a command is required".into()).into()),
        other => Err(Usage(format!("unknown command `{}`", other.join(" "))).into()),
    }
}

fn serve(options: Options, listen: &str) -> Result<(), Failure> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Runtime(format!("cannot start the runtime: {e}")))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| Failure::Runtime(format!("cannot listen on {listen}: {e}")))?;
        let addr = listener.local_addr().map_err(|e| Failure::Runtime(e.to_string()))?;
        let emulator = Emulator::open(options)
            .map_err(|e| Failure::Runtime(e.to_string()))?
            .with_base_url(format!("http://{addr}"));
        let user = emulator.default_user().map_err(|e| Failure::Runtime(e.message.clone()))?;
        let mut out = std::io::stdout().lock();
        let printed = writeln!(out, "CLOUD_URL={}\nCLOUD_TOKEN={}", emulator.auth_url(), user.token)
            .and_then(|()| out.flush());
        drop(out);
        printed.map_err(|e| Failure::Runtime(format!("cannot write to stdout: {e}")))?;
        tokio::select! {
            served = emulator.serve(listener) => served.map_err(|e| Failure::Runtime(e.to_string())),
            _ = tokio::signal::ctrl_c() => Ok(()),
        }
    })
}
