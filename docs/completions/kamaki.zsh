#compdef kamaki

autoload -U is-at-least

_kamaki() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki_commands" \
"*::: :->kamaki" \
&& ret=0
    case $state in
    (kamaki)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-command-$line[1]:"
        case $line[1] in
            (user)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-user-command-$line[1]:"
        case $line[1] in
            (authenticate)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::token -- A token to authenticate instead of the cloud'\''s (default\: the current user'\''s):_default' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'(--name)--uuid=[Show the session user with this UUID]:UUID:_default' \
'--name=[Show the session user with this name]:NAME:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-l[Show all details]' \
'--detail[Show all details]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--token=[The new user'\''s token]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Append the token to the config file without asking]' \
'--yes[Append the token to the config file without asking]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(select)
_arguments "${_arguments_options[@]}" : \
'--user=[The user'\''s UUID or name (or #N\: the N-th token of cloud.NAME.token)]:UUID_OR_USERNAME:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Make it the default (first token) in the config file without asking]' \
'--yes[Make it the default (first token) in the config file without asking]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--user=[The user'\''s UUID or name (or #N\: the N-th token of cloud.NAME.token)]:UUID_OR_USERNAME:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Drop the token from the config file without asking]' \
'--yes[Drop the token from the config file without asking]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(uuid2name)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::uuids -- One or more user UUIDs:_default' \
&& ret=0
;;
(name2uuid)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::usernames -- One or more user names (emails):_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(project)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__project_commands" \
"*::: :->project" \
&& ret=0

    case $state in
    (project)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-project-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--name=[Only projects with this name]:NAME:_default' \
'--state=[Only projects in this state]:STATE:_default' \
'--owner=[Only projects of this owner (UUID)]:OWNER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-l[Show all details]' \
'--details[Show all details]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--spec-file=[A JSON file with the project specification (other flags override its fields)]:FILE:_files' \
'--name=[The project name]:NAME:_default' \
'--owner=[The owner'\''s UUID (default\: the requesting user)]:UUID:_default' \
'--homepage=[The project'\''s home page]:URL:_default' \
'--description=[A description]:DESCRIPTION:_default' \
'--max-members=[The maximum number of members]:N:_default' \
'--start-date=[The start date (YYYY-MM-DD or ISO 8601)]:DATE:_default' \
'--end-date=[The end date (YYYY-MM-DD or ISO 8601)]:DATE:_default' \
'--join-policy=[Who may join\: auto, moderated or closed]:JOIN_POLICY:(auto moderated closed)' \
'--leave-policy=[Who may leave\: auto, moderated or closed]:LEAVE_POLICY:(auto moderated closed)' \
'*--resource=[A resource limit, RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY (repeatable), e.g. cyclades.cpu=1,5]:RES=MEMBER,PROJECT:_default' \
'--private=[Private project (true or false)]:true|false:(true false)' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(modify)
_arguments "${_arguments_options[@]}" : \
'--spec-file=[A JSON file with the project specification (other flags override its fields)]:FILE:_files' \
'--name=[The project name]:NAME:_default' \
'--owner=[The owner'\''s UUID (default\: the requesting user)]:UUID:_default' \
'--homepage=[The project'\''s home page]:URL:_default' \
'--description=[A description]:DESCRIPTION:_default' \
'--max-members=[The maximum number of members]:N:_default' \
'--start-date=[The start date (YYYY-MM-DD or ISO 8601)]:DATE:_default' \
'--end-date=[The end date (YYYY-MM-DD or ISO 8601)]:DATE:_default' \
'--join-policy=[Who may join\: auto, moderated or closed]:JOIN_POLICY:(auto moderated closed)' \
'--leave-policy=[Who may leave\: auto, moderated or closed]:LEAVE_POLICY:(auto moderated closed)' \
'*--resource=[A resource limit, RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY (repeatable), e.g. cyclades.cpu=1,5]:RES=MEMBER,PROJECT:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'(--public)--private[Make the project private]' \
'--public[Make the project public]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(suspend)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(unsuspend)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(terminate)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(reinstate)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
'--app-id=[The application ID]:ID:_default' \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(deny)
_arguments "${_arguments_options[@]}" : \
'--app-id=[The application ID]:ID:_default' \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(dismiss)
_arguments "${_arguments_options[@]}" : \
'--app-id=[The application ID]:ID:_default' \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'--app-id=[The application ID]:ID:_default' \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(join)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
(enroll)
_arguments "${_arguments_options[@]}" : \
'--email=[The user'\''s email]:EMAIL:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':project_id -- The project ID:_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(membership)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__membership_commands" \
"*::: :->membership" \
&& ret=0

    case $state in
    (membership)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-membership-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--project-id=[Only memberships of this project]:PROJECT_ID:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':membership_id -- The membership ID:_default' \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':membership_id -- The membership ID:_default' \
&& ret=0
;;
(reject)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':membership_id -- The membership ID:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':membership_id -- The membership ID:_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':membership_id -- The membership ID:_default' \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
'--reason=[Why (recorded by the server)]:REASON:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':membership_id -- The membership ID:_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(quota)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__quota_commands" \
"*::: :->quota" \
&& ret=0

    case $state in
    (quota)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-quota-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--resource=[Only resources whose name starts with this (e.g. cyclades, pithos.diskspace)]:RESOURCE:_default' \
'--project-id=[Only this project]:PROJECT_ID:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'--bytes[Show sizes in bytes, not KiB/MiB/GiB]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
        esac
    ;;
esac
;;
(resource)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__resource_commands" \
"*::: :->resource" \
&& ret=0

    case $state in
    (resource)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-resource-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
        esac
    ;;
esac
;;
(commission)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__commission_commands" \
"*::: :->commission" \
&& ret=0

    case $state in
    (commission)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-commission-command-$line[1]:"
        case $line[1] in
            (pending)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':commission_id -- The commission serial number:_default' \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':commission_id -- The commission serial number:_default' \
&& ret=0
;;
(reject)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':commission_id -- The commission serial number:_default' \
&& ret=0
;;
(resolve)
_arguments "${_arguments_options[@]}" : \
'*--accept=[Serials to accept, comma-separated]:ID,...:_default' \
'*--reject=[Serials to reject, comma-separated]:ID,...:_default' \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(issue)
_arguments "${_arguments_options[@]}" : \
'--uuid=[The user (holder) UUID]:UUID:_default' \
'--source=[The source project ID]:SOURCE:_default' \
'--file-path=[A JSON file\: {"RESOURCE"\: QUANTITY, ...}, or a list of provisions]:FILE:_files' \
'--description=[A description (the commission'\''s name)]:DESCRIPTION:_default' \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'--force[Force the commission even past the limits]' \
'--accept[Accept the commission at once]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
        esac
    ;;
esac
;;
(endpoint)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__endpoint_commands" \
"*::: :->endpoint" \
&& ret=0

    case $state in
    (endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-endpoint-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--endpoint-type=[Only endpoints of this service type (e.g. compute, object-store)]:TYPE:_default' \
'--name=[Only services with this name]:NAME:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(quotas)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'--uuid=[Only this user]:UUID:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(username2uuid)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'*--username=[A user name (repeatable)]:USERNAME:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(uuid2username)
_arguments "${_arguments_options[@]}" : \
'--service-token=[The token of a component (service), e.g. from \`cloud-emulator service-token\`]:TOKEN:_default' \
'*--uuid=[A user UUID (repeatable)]:UUID:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
        esac
    ;;
esac
;;
(file)
_arguments "${_arguments_options[@]}" : \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__file_commands" \
"*::: :->file" \
&& ret=0

    case $state in
    (file)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-file-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-n+[Show at most this many objects]:N:_default' \
'--number=[Show at most this many objects]:N:_default' \
'--marker=[Start after this object name]:MARKER:_default' \
'--delimiter=[Roll names up into virtual directories at this character (e.g. /)]:DELIMITER:_default' \
'*--meta=[Only objects with this metadata (KEY, !KEY or KEY=VALUE); repeatable]:META:_default' \
'--until=[The listing as it was at this date]:DATE:_default' \
'--name=[Only names containing this (case-insensitive)]:NAME:_default' \
'--name-prefix=[Only names starting with this (case-insensitive)]:NAME_PREFIX:_default' \
'--name-suffix=[Only names ending with this (case-insensitive)]:NAME_SUFFIX:_default' \
'--name-like=[Only names matching this pattern (\`*\` any text, \`?\` one character; case-insensitive)]:NAME_LIKE:_default' \
'--if-modified-since=[Only if modified since this date (else nothing is listed)]:DATE:_default' \
'--if-unmodified-since=[Only if not modified since this date]:DATE:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-l[Show all details]' \
'--details[Show all details]' \
'--shared-by-me[Only objects shared by me]' \
'--public[Only public objects]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::location -- The container or directory (default\: the default container):_default' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--object-version=[Show this version]:VERSION:_default' \
'--if-match=[Only if the object'\''s ETag matches this]:ETAG:_default' \
'--if-none-match=[Only if the object'\''s ETag does not match this]:ETAG:_default' \
'--if-modified-since=[Only if modified since this date]:DATE:_default' \
'--if-unmodified-since=[Only if not modified since this date]:DATE:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'(--sharing --metadata --object-versions)--hashmap[Show the hashmap (block size, hash and block hashes)]' \
'(--metadata --object-versions)--sharing[Show who may read and write it, and its public URL]' \
'(--object-versions)--metadata[Show only its user metadata]' \
'--object-versions[List its versions (id and creation time)]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--content-type=[The content type (default application/octet-stream)]:CONTENT_TYPE:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(mkdir)
_arguments "${_arguments_options[@]}" : \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The directory:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'(-r --recursive)--delimiter=[Also delete the objects whose names start with PATH and this character]:DELIMITER:_default' \
'--until=[Purge the history up to this date instead (versions older than it)]:DATE:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-r[Also delete every object under it (PATH/...)]' \
'--recursive[Also delete every object under it (PATH/...)]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object, or the container to empty:_default' \
&& ret=0
;;
(upload)
_arguments "${_arguments_options[@]}" : \
'--content-type=[The content type (default\: guessed from the name)]:CONTENT_TYPE:_default' \
'--content-encoding=[The content encoding (never guessed)]:CONTENT_ENCODING:_default' \
'--content-disposition=[The content disposition]:CONTENT_DISPOSITION:_default' \
'*--read-permission=[Give read access to a user UUID or a group (\`ACCOUNT\:GROUP\`); repeatable]:UUID_OR_GROUP:_default' \
'*--write-permission=[Give write access to a user UUID or a group (\`ACCOUNT\:GROUP\`); repeatable]:UUID_OR_GROUP:_default' \
'--etag=[With --unchunked\: the MD5 of the file, checked by the server]:MD5:_default' \
'-S+[Swift\: files above SIZE go as a Static Large Object of segments of SIZE (64MiB, 1GiB, bytes…; default 1GiB), stored in CONTAINER_segments]:SIZE:_default' \
'--segment-size=[Swift\: files above SIZE go as a Static Large Object of segments of SIZE (64MiB, 1GiB, bytes…; default 1GiB), stored in CONTAINER_segments]:SIZE:_default' \
'--threads=[Blocks in flight at once (default 8)]:N:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-r[Upload a directory and everything in it]' \
'--recursive[Upload a directory and everything in it]' \
'-f[Overwrite an existing object (only the blocks the server lacks are sent\: this is also the resume)]' \
'--force[Overwrite an existing object (only the blocks the server lacks are sent\: this is also the resume)]' \
'--public[Publish it and print its public URL]' \
'(-r --recursive)--unchunked[Send the whole file in one request (no hashmap; for servers without blocks)]' \
'(-r --recursive --unchunked)--source-is-hashmap[LOCAL is a hashmap (JSON, as \`file info --hashmap\` prints it)\: make the object from blocks the server already holds, sending no data]' \
'-N[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress-bar[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':local -- The local file or directory:_files' \
'::location -- Where to put it (default\: its name in the default container):_default' \
&& ret=0
;;
(download)
_arguments "${_arguments_options[@]}" : \
'--range=[Only these bytes\: FROM-TO, FROM-, -LAST, comma-separated]:RANGES:_default' \
'--if-match=[Only if the object'\''s ETag matches this]:ETAG:_default' \
'--if-none-match=[Only if the object'\''s ETag does not match this]:ETAG:_default' \
'--if-modified-since=[Only if modified since this date]:DATE:_default' \
'--if-unmodified-since=[Only if not modified since this date]:DATE:_default' \
'--object-version=[Download this version]:VERSION:_default' \
'--threads=[Blocks in flight at once (default 8)]:N:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-r[Download a directory (or a whole container) and everything under it]' \
'--recursive[Download a directory (or a whole container) and everything under it]' \
'-f[Overwrite or resume an existing local file (blocks it already holds are kept)]' \
'--resume[Overwrite or resume an existing local file (blocks it already holds are kept)]' \
'--force[Overwrite or resume an existing local file (blocks it already holds are kept)]' \
'-N[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress-bar[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object (or directory, or /CONTAINER with -r):_default' \
'::local -- The local file or directory (default\: the object'\''s name here):_files' \
&& ret=0
;;
(cat)
_arguments "${_arguments_options[@]}" : \
'--range=[Only these bytes\: FROM-TO, FROM-, -LAST, comma-separated]:RANGES:_default' \
'--if-match=[Only if the object'\''s ETag matches this]:ETAG:_default' \
'--if-none-match=[Only if the object'\''s ETag does not match this]:ETAG:_default' \
'--if-modified-since=[Only if modified since this date]:DATE:_default' \
'--if-unmodified-since=[Only if not modified since this date]:DATE:_default' \
'--object-version=[Print this version]:VERSION:_default' \
'--buffer-blocks=[Blocks fetched ahead (at least 1)]:N:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
'--source-version=[Copy this version of the source]:VERSION:_default' \
'--object-version=[Copy this version of the source]:VERSION:_default' \
'--content-type=[A new content type (default\: the source'\''s)]:CONTENT_TYPE:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-r[Also transfer every object under the source (SRC/...) to DST/...]' \
'--recursive[Also transfer every object under the source (SRC/...) to DST/...]' \
'-f[Overwrite an existing destination object]' \
'--force[Overwrite an existing destination object]' \
'--public[Publish the destination]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':source -- The source object (or directory, with -r):_default' \
'::destination -- The destination (default\: the same path; a container `/C/` keeps the name):_default' \
&& ret=0
;;
(move)
_arguments "${_arguments_options[@]}" : \
'--source-version=[Copy this version of the source]:VERSION:_default' \
'--object-version=[Copy this version of the source]:VERSION:_default' \
'--content-type=[A new content type (default\: the source'\''s)]:CONTENT_TYPE:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-r[Also transfer every object under the source (SRC/...) to DST/...]' \
'--recursive[Also transfer every object under the source (SRC/...) to DST/...]' \
'-f[Overwrite an existing destination object]' \
'--force[Overwrite an existing destination object]' \
'--public[Publish the destination]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':source -- The source object (or directory, with -r):_default' \
'::destination -- The destination (default\: the same path; a container `/C/` keeps the name):_default' \
&& ret=0
;;
(modify)
_arguments "${_arguments_options[@]}" : \
'*--read-permission=[Give read access to a user UUID or a group (\`ACCOUNT\:GROUP\`); repeatable]:UUID_OR_GROUP:_default' \
'*--write-permission=[Give write access to a user UUID or a group (\`ACCOUNT\:GROUP\`); repeatable]:UUID_OR_GROUP:_default' \
'*--metadata-add=[Set a metadata KEY=VALUE; repeatable]:KEY=VALUE:_default' \
'*--metadata-del=[Delete a metadata key; repeatable]:KEY:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'(--read-permission --write-permission)--no-permissions[Remove all permissions]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(unpublish)
_arguments "${_arguments_options[@]}" : \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(append)
_arguments "${_arguments_options[@]}" : \
'--threads=[Blocks in flight at once (default 8)]:N:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-N[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress-bar[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':local -- The local file:_files' \
':location -- The object:_default' \
&& ret=0
;;
(truncate)
_arguments "${_arguments_options[@]}" : \
'--size-in-bytes=[The new size in bytes]:N:_default' \
'--size=[The new size in bytes]:N:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':location -- The object:_default' \
&& ret=0
;;
(overwrite)
_arguments "${_arguments_options[@]}" : \
'--from=[The first byte to overwrite]:POSITION:_default' \
'--to=[The last byte to overwrite]:POSITION:_default' \
'--threads=[Blocks in flight at once (default 8)]:N:_default' \
'-A+[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'--account=[Act on this account (a UUID or user name) instead of your own]:UUID_OR_USERNAME:_default' \
'-C+[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--container=[The container of paths without a leading / (default\: pithos, or cloud.NAME.pithos_container)]:CONTAINER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-N[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress-bar[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'--no-progress[Do not show progress bars (they are shown only when stderr is a terminal)]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':local -- The local file:_files' \
':location -- The object:_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(container)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__container_commands" \
"*::: :->container" \
&& ret=0

    case $state in
    (container)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-container-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-n+[Show at most this many]:N:_default' \
'--number=[Show at most this many]:N:_default' \
'--marker=[Start after this name]:MARKER:_default' \
'--until=[The listing as it was at this date]:DATE:_default' \
'--if-modified-since=[Only if modified since this date (else nothing is listed)]:DATE:_default' \
'--if-unmodified-since=[Only if not modified since this date]:DATE:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-l[Show all details]' \
'--details[Show all details]' \
'()-r[Also list the objects of every container]' \
'()--recursive[Also list the objects of every container]' \
'--shared-by-me[Only containers (or objects) shared by me]' \
'--shared[Only containers (or objects) shared by me]' \
'--public[Only containers holding public objects (or only public objects)]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::container -- List the objects of this container instead:_default' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--until=[Its state at this date]:DATE:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'(--size-limit)--metadata[Show only its metadata]' \
'--size-limit[Show only its size limit (quota)]' \
'-b[Sizes in bytes, not human units]' \
'--bytes[Sizes in bytes, not human units]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':container -- The container:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--versioning=[Versioning\: auto or none]:VERSIONING:(auto none)' \
'--limit=[The size limit (bytes, or with a unit\: KiB, MB, GiB …; 0 = unlimited)]:SIZE:_default' \
'*--meta=[Set a metadata KEY=VALUE; repeatable]:KEY=VALUE:_default' \
'--project-id=[Charge this project'\''s quota]:PROJECT:_default' \
'*--policy=[A server policy NAME=VALUE (e.g. block-size=4 on the emulator); repeatable]:NAME=VALUE:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':container -- The container:_default' \
&& ret=0
;;
(modify)
_arguments "${_arguments_options[@]}" : \
'*--metadata-add=[Set a metadata KEY=VALUE; repeatable]:KEY=VALUE:_default' \
'*--metadata-del=[Delete a metadata key; repeatable]:KEY:_default' \
'--size-limit=[The size limit (bytes, or with a unit\: KiB, MB, GiB …; 0 = unlimited)]:SIZE:_default' \
'--versioning=[Versioning\: auto or none]:VERSIONING:(auto none)' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':container -- The container:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-r[Empty it first]' \
'--recursive[Empty it first]' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':container -- The container:_default' \
&& ret=0
;;
(empty)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':container -- The container:_default' \
&& ret=0
;;
(reassign)
_arguments "${_arguments_options[@]}" : \
'--project-id=[The project to charge]:PROJECT:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':container -- The container:_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(group)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__group_commands" \
"*::: :->group" \
&& ret=0

    case $state in
    (group)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-group-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'*--uuid=[A member'\''s UUID; repeatable]:UUID:_default' \
'*--username=[A member'\''s user name (email); repeatable]:NAME:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The group name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-y[Do not ask for confirmation]' \
'--yes[Do not ask for confirmation]' \
'--dry-run[Print the HTTP requests that would change things (redacted) and send none of them]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The group name:_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(sharer)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__sharer_commands" \
"*::: :->sharer" \
&& ret=0

    case $state in
    (sharer)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-sharer-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--marker=[Start after this account]:MARKER:_default' \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-l[Show all details]' \
'--details[Show all details]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::account -- The account'\''s UUID or user name:_default' \
&& ret=0
;;
        esac
    ;;
esac
;;
(config)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kamaki__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kamaki-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':option -- e.g. default_cloud, global.colors, cloud.demo.url, cloud.demo, cloud:_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':option -- e.g. default_cloud, cloud.demo.url:_default' \
':value -- The new value:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'--default[Also forget a default value for this session (kamaki compatibility; defaults live in code)]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':option -- e.g. cloud.demo.token:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'--explain[Show where each value comes from (flag, environment, file\:line, default)]' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
        esac
    ;;
esac
;;
(__codegen)
_arguments "${_arguments_options[@]}" : \
'--cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'--os-cloud=[Use this cloud (a \`\[cloud "NAME"\]\` of the config file, a clouds.yaml cloud, or \`local\`)]:NAME:_default' \
'-c+[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'--config=[Use this config file instead of ~/.kamakirc (must exist)]:CONFIG_FILE:_files' \
'*-o+[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'*--options=[Override a config option for this run only (section defaults to global)]:SECTION.OPTION=VALUE:_default' \
'--output-format=[Output format on stdout]:FORMAT:((table\:"Boxed tables (the default)"
json\:"Indented JSON, the raw answer"
yaml\:"YAML"
csv\:"Comma-separated values with a header row"
value\:"Values only, space-separated, one row per line (for shell scripts)"
ndjson\:"One compact JSON document per line (per list item)"))' \
'*--columns=[Show only these columns (fields), comma-separated, in this order]:COLUMN,...:_default' \
'--sort-column=[Sort lists by this column (numbers numerically, then text)]:COLUMN:_default' \
'--ca-certs=[Trust the CA certificates in this file too]:FILE:_files' \
'-d[Debug output\: every log line, HTTP at DEBUG]' \
'--debug[Debug output\: every log line, HTTP at DEBUG]' \
'*-v[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'*--verbose[Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)]' \
'--verbose-with-data[Same as -vv]' \
'--sort-descending[Sort in descending order (with --sort-column)]' \
'-k[Skip TLS certificate verification (insecure)]' \
'--ignore-ssl[Skip TLS certificate verification (insecure)]' \
'--insecure[Skip TLS certificate verification (insecure)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':dir -- The docs/ directory to write into:_files' \
&& ret=0
;;
        esac
    ;;
esac
}

(( $+functions[_kamaki_commands] )) ||
_kamaki_commands() {
    local commands; commands=(
'user:Astakos/Identity API\: the session users' \
'project:Astakos project API' \
'membership:Astakos project membership API' \
'quota:Astakos/Account API quotas' \
'resource:Astakos/Account API resources' \
'commission:Astakos commissions (special privileges required)' \
'endpoint:Astakos endpoints of the service catalog' \
'service:Astakos services (service token required for some commands)' \
'file:Pithos+/Storage object level API commands' \
'container:Pithos+/Storage container level API commands' \
'group:Pithos+/Storage user groups' \
'sharer:Pithos+/Storage accounts that share with the current user' \
'config:Kamaki configurations' \
'__codegen:Write the CLI reference, man pages and completions (used by \`cargo xtask codegen\`)' \
    )
    _describe -t commands 'kamaki commands' commands "$@"
}
(( $+functions[_kamaki__subcmd____codegen_commands] )) ||
_kamaki__subcmd____codegen_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki __codegen commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission_commands] )) ||
_kamaki__subcmd__commission_commands() {
    local commands; commands=(
'pending:List pending commissions (special privileges required)' \
'info:Get commission info (special privileges required)' \
'accept:Accept a pending commission (special privileges required)' \
'reject:Reject a pending commission (special privileges required)' \
'resolve:Resolve multiple commissions (special privileges required)' \
'issue:Issue a commission (special privileges required)' \
    )
    _describe -t commands 'kamaki commission commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission__subcmd__accept_commands] )) ||
_kamaki__subcmd__commission__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki commission accept commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission__subcmd__info_commands] )) ||
_kamaki__subcmd__commission__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki commission info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission__subcmd__issue_commands] )) ||
_kamaki__subcmd__commission__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki commission issue commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission__subcmd__pending_commands] )) ||
_kamaki__subcmd__commission__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki commission pending commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission__subcmd__reject_commands] )) ||
_kamaki__subcmd__commission__subcmd__reject_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki commission reject commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__commission__subcmd__resolve_commands] )) ||
_kamaki__subcmd__commission__subcmd__resolve_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki commission resolve commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__config_commands] )) ||
_kamaki__subcmd__config_commands() {
    local commands; commands=(
'get:Show a configuration option\: \[SECTION.\]OPTION, cloud.NAME or cloud' \
'set:Set a configuration option in the config file (other lines are kept)' \
'delete:Delete a configuration option from the config file' \
'list:List all configuration options (secrets masked)' \
    )
    _describe -t commands 'kamaki config commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__config__subcmd__delete_commands] )) ||
_kamaki__subcmd__config__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki config delete commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__config__subcmd__get_commands] )) ||
_kamaki__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki config get commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__config__subcmd__list_commands] )) ||
_kamaki__subcmd__config__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki config list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__config__subcmd__set_commands] )) ||
_kamaki__subcmd__config__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki config set commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container_commands] )) ||
_kamaki__subcmd__container_commands() {
    local commands; commands=(
'list:List all containers, or the objects of one' \
'info:Get information about a container' \
'create:Create a container' \
'modify:Modify the properties of a container' \
'delete:Delete a container (with -r, a non-empty one\: everything in it too)' \
'empty:Empty a container (delete every object in it)' \
'reassign:Assign a container to a different project' \
    )
    _describe -t commands 'kamaki container commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__create_commands] )) ||
_kamaki__subcmd__container__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container create commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__delete_commands] )) ||
_kamaki__subcmd__container__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container delete commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__empty_commands] )) ||
_kamaki__subcmd__container__subcmd__empty_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container empty commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__info_commands] )) ||
_kamaki__subcmd__container__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__list_commands] )) ||
_kamaki__subcmd__container__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__modify_commands] )) ||
_kamaki__subcmd__container__subcmd__modify_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container modify commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__container__subcmd__reassign_commands] )) ||
_kamaki__subcmd__container__subcmd__reassign_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki container reassign commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__endpoint_commands] )) ||
_kamaki__subcmd__endpoint_commands() {
    local commands; commands=(
'list:Get endpoints service endpoints' \
    )
    _describe -t commands 'kamaki endpoint commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__endpoint__subcmd__list_commands] )) ||
_kamaki__subcmd__endpoint__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki endpoint list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file_commands] )) ||
_kamaki__subcmd__file_commands() {
    local commands; commands=(
'list:List all objects in a container or a directory' \
'info:Get information/details about a file' \
'create:Create an empty object' \
'mkdir:Create a directory object (an object of type application/directory)' \
'delete:Delete a file or directory object (without a path\: empty the container)' \
'upload:Upload a file, or a directory with -r (default destination\: /pithos/NAME)' \
'download:Download a file, or a directory or container with -r' \
'cat:Print the contents of a file on stdout' \
'copy:Copy objects, even between different accounts or containers' \
'move:Move objects, even between different accounts or containers' \
'modify:Modify the sharing and metadata of a file or directory object' \
'publish:Publish an object (creates a public URL)' \
'unpublish:Unpublish an object' \
'append:Append a local file to an (existing) remote object' \
'truncate:Truncate a remote file to a size' \
'overwrite:Overwrite bytes FROM..=TO of a remote file with the start of a local file' \
    )
    _describe -t commands 'kamaki file commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__append_commands] )) ||
_kamaki__subcmd__file__subcmd__append_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file append commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__cat_commands] )) ||
_kamaki__subcmd__file__subcmd__cat_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file cat commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__copy_commands] )) ||
_kamaki__subcmd__file__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file copy commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__create_commands] )) ||
_kamaki__subcmd__file__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file create commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__delete_commands] )) ||
_kamaki__subcmd__file__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file delete commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__download_commands] )) ||
_kamaki__subcmd__file__subcmd__download_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file download commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__info_commands] )) ||
_kamaki__subcmd__file__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__list_commands] )) ||
_kamaki__subcmd__file__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__mkdir_commands] )) ||
_kamaki__subcmd__file__subcmd__mkdir_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file mkdir commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__modify_commands] )) ||
_kamaki__subcmd__file__subcmd__modify_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file modify commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__move_commands] )) ||
_kamaki__subcmd__file__subcmd__move_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file move commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__overwrite_commands] )) ||
_kamaki__subcmd__file__subcmd__overwrite_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file overwrite commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__publish_commands] )) ||
_kamaki__subcmd__file__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file publish commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__truncate_commands] )) ||
_kamaki__subcmd__file__subcmd__truncate_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file truncate commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__unpublish_commands] )) ||
_kamaki__subcmd__file__subcmd__unpublish_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file unpublish commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__file__subcmd__upload_commands] )) ||
_kamaki__subcmd__file__subcmd__upload_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki file upload commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__group_commands] )) ||
_kamaki__subcmd__group_commands() {
    local commands; commands=(
'list:List all groups and group members' \
'create:Create (or replace) a group of users' \
'delete:Delete a user group' \
    )
    _describe -t commands 'kamaki group commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__group__subcmd__create_commands] )) ||
_kamaki__subcmd__group__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki group create commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__group__subcmd__delete_commands] )) ||
_kamaki__subcmd__group__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki group delete commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__group__subcmd__list_commands] )) ||
_kamaki__subcmd__group__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki group list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership_commands] )) ||
_kamaki__subcmd__membership_commands() {
    local commands; commands=(
'list:List all memberships' \
'info:Details on a membership' \
'accept:Accept a membership for a project you manage' \
'reject:Reject a membership for a project you manage' \
'remove:Remove a membership for a project you manage' \
'cancel:Cancel your (probably pending) membership to a project' \
'leave:Leave a project you have membership to' \
    )
    _describe -t commands 'kamaki membership commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__accept_commands] )) ||
_kamaki__subcmd__membership__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership accept commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__cancel_commands] )) ||
_kamaki__subcmd__membership__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership cancel commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__info_commands] )) ||
_kamaki__subcmd__membership__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__leave_commands] )) ||
_kamaki__subcmd__membership__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership leave commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__list_commands] )) ||
_kamaki__subcmd__membership__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__reject_commands] )) ||
_kamaki__subcmd__membership__subcmd__reject_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership reject commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__membership__subcmd__remove_commands] )) ||
_kamaki__subcmd__membership__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki membership remove commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project_commands] )) ||
_kamaki__subcmd__project_commands() {
    local commands; commands=(
'list:List all projects' \
'info:Get details for a project' \
'create:Apply for a new project (--spec-file, or --name and --end-date)' \
'modify:Modify properties of a project' \
'suspend:Suspend a project (special privileges needed)' \
'unsuspend:Resume a suspended project (special privileges needed)' \
'terminate:Terminate a project (special privileges needed)' \
'reinstate:Reinstate a terminated project (special privileges needed)' \
'approve:Approve an application (special privileges needed)' \
'deny:Deny an application (special privileges needed)' \
'dismiss:Dismiss your denied application' \
'cancel:Cancel your application' \
'join:Join a project' \
'enroll:Enroll a user to a project' \
    )
    _describe -t commands 'kamaki project commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__approve_commands] )) ||
_kamaki__subcmd__project__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project approve commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__cancel_commands] )) ||
_kamaki__subcmd__project__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project cancel commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__create_commands] )) ||
_kamaki__subcmd__project__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project create commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__deny_commands] )) ||
_kamaki__subcmd__project__subcmd__deny_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project deny commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__dismiss_commands] )) ||
_kamaki__subcmd__project__subcmd__dismiss_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project dismiss commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__enroll_commands] )) ||
_kamaki__subcmd__project__subcmd__enroll_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project enroll commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__info_commands] )) ||
_kamaki__subcmd__project__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__join_commands] )) ||
_kamaki__subcmd__project__subcmd__join_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project join commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__list_commands] )) ||
_kamaki__subcmd__project__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__modify_commands] )) ||
_kamaki__subcmd__project__subcmd__modify_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project modify commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__reinstate_commands] )) ||
_kamaki__subcmd__project__subcmd__reinstate_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project reinstate commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__suspend_commands] )) ||
_kamaki__subcmd__project__subcmd__suspend_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project suspend commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__terminate_commands] )) ||
_kamaki__subcmd__project__subcmd__terminate_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project terminate commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__project__subcmd__unsuspend_commands] )) ||
_kamaki__subcmd__project__subcmd__unsuspend_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki project unsuspend commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__quota_commands] )) ||
_kamaki__subcmd__quota_commands() {
    local commands; commands=(
'list:Show user quotas' \
    )
    _describe -t commands 'kamaki quota commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__quota__subcmd__list_commands] )) ||
_kamaki__subcmd__quota__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki quota list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__resource_commands] )) ||
_kamaki__subcmd__resource_commands() {
    local commands; commands=(
'list:List user resources' \
    )
    _describe -t commands 'kamaki resource commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__resource__subcmd__list_commands] )) ||
_kamaki__subcmd__resource__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki resource list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__service_commands] )) ||
_kamaki__subcmd__service_commands() {
    local commands; commands=(
'list:List available services' \
'quotas:Get service quotas' \
'username2uuid:Get service uuid(s) from username(s)' \
'uuid2username:Get service username(s) from uuid(s)' \
    )
    _describe -t commands 'kamaki service commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__service__subcmd__list_commands] )) ||
_kamaki__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki service list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__service__subcmd__quotas_commands] )) ||
_kamaki__subcmd__service__subcmd__quotas_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki service quotas commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__service__subcmd__username2uuid_commands] )) ||
_kamaki__subcmd__service__subcmd__username2uuid_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki service username2uuid commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__service__subcmd__uuid2username_commands] )) ||
_kamaki__subcmd__service__subcmd__uuid2username_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki service uuid2username commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__sharer_commands] )) ||
_kamaki__subcmd__sharer_commands() {
    local commands; commands=(
'list:List the accounts that share objects with you' \
'info:Details on a sharer account (default\: your own)' \
    )
    _describe -t commands 'kamaki sharer commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__sharer__subcmd__info_commands] )) ||
_kamaki__subcmd__sharer__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki sharer info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__sharer__subcmd__list_commands] )) ||
_kamaki__subcmd__sharer__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki sharer list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user_commands] )) ||
_kamaki__subcmd__user_commands() {
    local commands; commands=(
'authenticate:Authenticate a user and get all authentication information' \
'info:Get info for (current) session user' \
'list:List (cached) session users\: every token in cloud.NAME.token' \
'add:Authenticate a user by token and add it to the session users (the cloud'\''s token list)' \
'select:Select a user from the (cached) list as the current session user' \
'delete:Delete a user (token) from the list of session users' \
'uuid2name:Get user name(s) from uuid(s)' \
'name2uuid:Get user uuid(s) from name(s)' \
    )
    _describe -t commands 'kamaki user commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__add_commands] )) ||
_kamaki__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user add commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__authenticate_commands] )) ||
_kamaki__subcmd__user__subcmd__authenticate_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user authenticate commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__delete_commands] )) ||
_kamaki__subcmd__user__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user delete commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__info_commands] )) ||
_kamaki__subcmd__user__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user info commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__list_commands] )) ||
_kamaki__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user list commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__name2uuid_commands] )) ||
_kamaki__subcmd__user__subcmd__name2uuid_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user name2uuid commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__select_commands] )) ||
_kamaki__subcmd__user__subcmd__select_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user select commands' commands "$@"
}
(( $+functions[_kamaki__subcmd__user__subcmd__uuid2name_commands] )) ||
_kamaki__subcmd__user__subcmd__uuid2name_commands() {
    local commands; commands=()
    _describe -t commands 'kamaki user uuid2name commands' commands "$@"
}

if [ "$funcstack[1]" = "_kamaki" ]; then
    _kamaki "$@"
else
    compdef _kamaki kamaki
fi
