# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kamaki_global_optspecs
    string join \n cloud= c/config= o/options= d/debug v/verbose verbose-with-data output-format= columns= sort-column= sort-descending k/ignore-ssl ca-certs= h/help V/version
end

function __fish_kamaki_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kamaki_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kamaki_using_subcommand
    set -l cmd (__fish_kamaki_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kamaki -n "__fish_kamaki_needs_command" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_needs_command" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_needs_command" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_needs_command" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_needs_command" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_needs_command" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_needs_command" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_needs_command" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_needs_command" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_needs_command" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "user" -d 'Astakos/Identity API: the session users'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "project" -d 'Astakos project API'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "membership" -d 'Astakos project membership API'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "quota" -d 'Astakos/Account API quotas'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "resource" -d 'Astakos/Account API resources'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "commission" -d 'Astakos commissions (special privileges required)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "endpoint" -d 'Astakos endpoints of the service catalog'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "service" -d 'Astakos services (service token required for some commands)'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "file" -d 'Pithos+/Storage object level API commands'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "container" -d 'Pithos+/Storage container level API commands'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "group" -d 'Pithos+/Storage user groups'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "sharer" -d 'Pithos+/Storage accounts that share with the current user'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "config" -d 'Kamaki configurations'
complete -c kamaki -n "__fish_kamaki_needs_command" -f -a "__codegen" -d 'Write the CLI reference, man pages and completions (used by `cargo xtask codegen`)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "authenticate" -d 'Authenticate a user and get all authentication information'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "info" -d 'Get info for (current) session user'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "list" -d 'List (cached) session users: every token in cloud.NAME.token'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "add" -d 'Authenticate a user by token and add it to the session users (the cloud\'s token list)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "select" -d 'Select a user from the (cached) list as the current session user'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "delete" -d 'Delete a user (token) from the list of session users'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "uuid2name" -d 'Get user name(s) from uuid(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and not __fish_seen_subcommand_from authenticate info list add select delete uuid2name name2uuid" -f -a "name2uuid" -d 'Get user uuid(s) from name(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from authenticate" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l uuid -d 'Show the session user with this UUID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l name -d 'Show the session user with this name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s l -l detail -d 'Show all details'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l token -d 'The new user\'s token' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Append the token to the config file without asking'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l user -d 'The user\'s UUID or name (or #N: the N-th token of cloud.NAME.token)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s y -l yes -d 'Make it the default (first token) in the config file without asking'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l user -d 'The user\'s UUID or name (or #N: the N-th token of cloud.NAME.token)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Drop the token from the config file without asking'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from uuid2name" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand user; and __fish_seen_subcommand_from name2uuid" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "list" -d 'List all projects'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "info" -d 'Get details for a project'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "create" -d 'Apply for a new project (--spec-file, or --name and --end-date)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "modify" -d 'Modify properties of a project'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "suspend" -d 'Suspend a project (special privileges needed)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "unsuspend" -d 'Resume a suspended project (special privileges needed)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "terminate" -d 'Terminate a project (special privileges needed)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "reinstate" -d 'Reinstate a terminated project (special privileges needed)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "approve" -d 'Approve an application (special privileges needed)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "deny" -d 'Deny an application (special privileges needed)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "dismiss" -d 'Dismiss your denied application'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "cancel" -d 'Cancel your application'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "join" -d 'Join a project'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and not __fish_seen_subcommand_from list info create modify suspend unsuspend terminate reinstate approve deny dismiss cancel join enroll" -f -a "enroll" -d 'Enroll a user to a project'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l name -d 'Only projects with this name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l state -d 'Only projects in this state' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l owner -d 'Only projects of this owner (UUID)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s l -l details -d 'Show all details'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l spec-file -d 'A JSON file with the project specification (other flags override its fields)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l name -d 'The project name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l owner -d 'The owner\'s UUID (default: the requesting user)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l homepage -d 'The project\'s home page' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l description -d 'A description' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l max-members -d 'The maximum number of members' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l start-date -d 'The start date (YYYY-MM-DD or ISO 8601)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l end-date -d 'The end date (YYYY-MM-DD or ISO 8601)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l join-policy -d 'Who may join: auto, moderated or closed' -r -f -a "auto\t''
moderated\t''
closed\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l leave-policy -d 'Who may leave: auto, moderated or closed' -r -f -a "auto\t''
moderated\t''
closed\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l resource -d 'A resource limit, RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY (repeatable), e.g. cyclades.cpu=1,5' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l private -d 'Private project (true or false)' -r -f -a "true\t''
false\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l spec-file -d 'A JSON file with the project specification (other flags override its fields)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l name -d 'The project name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l owner -d 'The owner\'s UUID (default: the requesting user)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l homepage -d 'The project\'s home page' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l description -d 'A description' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l max-members -d 'The maximum number of members' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l start-date -d 'The start date (YYYY-MM-DD or ISO 8601)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l end-date -d 'The end date (YYYY-MM-DD or ISO 8601)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l join-policy -d 'Who may join: auto, moderated or closed' -r -f -a "auto\t''
moderated\t''
closed\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l leave-policy -d 'Who may leave: auto, moderated or closed' -r -f -a "auto\t''
moderated\t''
closed\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l resource -d 'A resource limit, RESOURCE=MEMBER_CAPACITY,PROJECT_CAPACITY (repeatable), e.g. cyclades.cpu=1,5' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l private -d 'Make the project private'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l public -d 'Make the project public'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from unsuspend" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from terminate" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from reinstate" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l app-id -d 'The application ID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l app-id -d 'The application ID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from deny" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l app-id -d 'The application ID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from dismiss" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l app-id -d 'The application ID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l email -d 'The user\'s email' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand project; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "list" -d 'List all memberships'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "info" -d 'Details on a membership'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "accept" -d 'Accept a membership for a project you manage'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "reject" -d 'Reject a membership for a project you manage'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "remove" -d 'Remove a membership for a project you manage'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "cancel" -d 'Cancel your (probably pending) membership to a project'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and not __fish_seen_subcommand_from list info accept reject remove cancel leave" -f -a "leave" -d 'Leave a project you have membership to'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l project-id -d 'Only memberships of this project' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l reason -d 'Why (recorded by the server)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand membership; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and not __fish_seen_subcommand_from list" -f -a "list" -d 'Show user quotas'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l resource -d 'Only resources whose name starts with this (e.g. cyclades, pithos.diskspace)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l project-id -d 'Only this project' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l bytes -d 'Show sizes in bytes, not KiB/MiB/GiB'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand quota; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and not __fish_seen_subcommand_from list" -f -a "list" -d 'List user resources'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand resource; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -f -a "pending" -d 'List pending commissions (special privileges required)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -f -a "info" -d 'Get commission info (special privileges required)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -f -a "accept" -d 'Accept a pending commission (special privileges required)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -f -a "reject" -d 'Reject a pending commission (special privileges required)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -f -a "resolve" -d 'Resolve multiple commissions (special privileges required)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and not __fish_seen_subcommand_from pending info accept reject resolve issue" -f -a "issue" -d 'Issue a commission (special privileges required)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l accept -d 'Serials to accept, comma-separated' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l reject -d 'Serials to reject, comma-separated' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l uuid -d 'The user (holder) UUID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l source -d 'The source project ID' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l file-path -d 'A JSON file: {"RESOURCE": QUANTITY, ...}, or a list of provisions' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l description -d 'A description (the commission\'s name)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l force -d 'Force the commission even past the limits'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l accept -d 'Accept the commission at once'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand commission; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and not __fish_seen_subcommand_from list" -f -a "list" -d 'Get endpoints service endpoints'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l endpoint-type -d 'Only endpoints of this service type (e.g. compute, object-store)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l name -d 'Only services with this name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -f -a "list" -d 'List available services'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -f -a "quotas" -d 'Get service quotas'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -f -a "username2uuid" -d 'Get service uuid(s) from username(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and not __fish_seen_subcommand_from list quotas username2uuid uuid2username" -f -a "uuid2username" -d 'Get service username(s) from uuid(s)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l uuid -d 'Only this user' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from quotas" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l username -d 'A user name (repeatable)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from username2uuid" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l service-token -d 'The token of a component (service), e.g. from `cloud-emulator service-token`' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l uuid -d 'A user UUID (repeatable)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand service; and __fish_seen_subcommand_from uuid2username" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "list" -d 'List all objects in a container or a directory'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "info" -d 'Get information/details about a file'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "create" -d 'Create an empty object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "mkdir" -d 'Create a directory object (an object of type application/directory)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "delete" -d 'Delete a file or directory object (without a path: empty the container)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "upload" -d 'Upload a file, or a directory with -r (default destination: /pithos/NAME)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "download" -d 'Download a file, or a directory or container with -r'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "cat" -d 'Print the contents of a file on stdout'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "copy" -d 'Copy objects, even between different accounts or containers'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "move" -d 'Move objects, even between different accounts or containers'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "modify" -d 'Modify the sharing and metadata of a file or directory object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "publish" -d 'Publish an object (creates a public URL)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "unpublish" -d 'Unpublish an object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "append" -d 'Append a local file to an (existing) remote object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "truncate" -d 'Truncate a remote file to a size'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and not __fish_seen_subcommand_from list info create mkdir delete upload download cat copy move modify publish unpublish append truncate overwrite" -f -a "overwrite" -d 'Overwrite bytes FROM..=TO of a remote file with the start of a local file'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s n -l number -d 'Show at most this many objects' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l marker -d 'Start after this object name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l delimiter -d 'Roll names up into virtual directories at this character (e.g. /)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l meta -d 'Only objects with this metadata (KEY, !KEY or KEY=VALUE); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l until -d 'The listing as it was at this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l name -d 'Only names containing this (case-insensitive)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l name-prefix -d 'Only names starting with this (case-insensitive)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l name-suffix -d 'Only names ending with this (case-insensitive)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l name-like -d 'Only names matching this pattern (`*` any text, `?` one character; case-insensitive)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l if-modified-since -d 'Only if modified since this date (else nothing is listed)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l if-unmodified-since -d 'Only if not modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s l -l details -d 'Show all details'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l shared-by-me -d 'Only objects shared by me'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l public -d 'Only public objects'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l object-version -d 'Show this version' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l if-match -d 'Only if the object\'s ETag matches this' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l if-none-match -d 'Only if the object\'s ETag does not match this' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l if-modified-since -d 'Only if modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l if-unmodified-since -d 'Only if not modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l hashmap -d 'Show the hashmap (block size, hash and block hashes)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l sharing -d 'Show who may read and write it, and its public URL'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l metadata -d 'Show only its user metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l object-versions -d 'List its versions (id and creation time)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l content-type -d 'The content type (default application/octet-stream)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from mkdir" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l delimiter -d 'Also delete the objects whose names start with PATH and this character' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l until -d 'Purge the history up to this date instead (versions older than it)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s r -l recursive -d 'Also delete every object under it (PATH/...)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l content-type -d 'The content type (default: guessed from the name)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l content-encoding -d 'The content encoding (never guessed)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l content-disposition -d 'The content disposition' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l read-permission -d 'Give read access to a user UUID or a group (`ACCOUNT:GROUP`); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l write-permission -d 'Give write access to a user UUID or a group (`ACCOUNT:GROUP`); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l etag -d 'With --unchunked: the MD5 of the file, checked by the server' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s S -l segment-size -d 'Swift: files above SIZE go as a Static Large Object of segments of SIZE (64MiB, 1GiB, bytes…; default 1GiB), stored in CONTAINER_segments' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l threads -d 'Blocks in flight at once (default 8)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s r -l recursive -d 'Upload a directory and everything in it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s f -l force -d 'Overwrite an existing object (only the blocks the server lacks are sent: this is also the resume)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l public -d 'Publish it and print its public URL'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l unchunked -d 'Send the whole file in one request (no hashmap; for servers without blocks)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l source-is-hashmap -d 'LOCAL is a hashmap (JSON, as `file info --hashmap` prints it): make the object from blocks the server already holds, sending no data'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s N -l no-progress-bar -l no-progress -d 'Do not show progress bars (they are shown only when stderr is a terminal)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l range -d 'Only these bytes: FROM-TO, FROM-, -LAST, comma-separated' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l if-match -d 'Only if the object\'s ETag matches this' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l if-none-match -d 'Only if the object\'s ETag does not match this' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l if-modified-since -d 'Only if modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l if-unmodified-since -d 'Only if not modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l object-version -d 'Download this version' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l threads -d 'Blocks in flight at once (default 8)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s r -l recursive -d 'Download a directory (or a whole container) and everything under it'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s f -l resume -l force -d 'Overwrite or resume an existing local file (blocks it already holds are kept)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s N -l no-progress-bar -l no-progress -d 'Do not show progress bars (they are shown only when stderr is a terminal)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l range -d 'Only these bytes: FROM-TO, FROM-, -LAST, comma-separated' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l if-match -d 'Only if the object\'s ETag matches this' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l if-none-match -d 'Only if the object\'s ETag does not match this' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l if-modified-since -d 'Only if modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l if-unmodified-since -d 'Only if not modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l object-version -d 'Print this version' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l buffer-blocks -d 'Blocks fetched ahead (at least 1)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from cat" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l source-version -l object-version -d 'Copy this version of the source' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l content-type -d 'A new content type (default: the source\'s)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s r -l recursive -d 'Also transfer every object under the source (SRC/...) to DST/...'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s f -l force -d 'Overwrite an existing destination object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l public -d 'Publish the destination'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l source-version -l object-version -d 'Copy this version of the source' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l content-type -d 'A new content type (default: the source\'s)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s r -l recursive -d 'Also transfer every object under the source (SRC/...) to DST/...'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s f -l force -d 'Overwrite an existing destination object'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l public -d 'Publish the destination'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l read-permission -d 'Give read access to a user UUID or a group (`ACCOUNT:GROUP`); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l write-permission -d 'Give write access to a user UUID or a group (`ACCOUNT:GROUP`); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l metadata-add -d 'Set a metadata KEY=VALUE; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l metadata-del -d 'Delete a metadata key; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l no-permissions -d 'Remove all permissions'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from unpublish" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l threads -d 'Blocks in flight at once (default 8)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s N -l no-progress-bar -l no-progress -d 'Do not show progress bars (they are shown only when stderr is a terminal)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from append" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l size-in-bytes -l size -d 'The new size in bytes' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from truncate" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l from -d 'The first byte to overwrite' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l to -d 'The last byte to overwrite' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l threads -d 'Blocks in flight at once (default 8)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s A -l account -d 'Act on this account (a UUID or user name) instead of your own' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s C -l container -d 'The container of paths without a leading / (default: pithos, or cloud.NAME.pithos_container)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s N -l no-progress-bar -l no-progress -d 'Do not show progress bars (they are shown only when stderr is a terminal)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand file; and __fish_seen_subcommand_from overwrite" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "list" -d 'List all containers, or the objects of one'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "info" -d 'Get information about a container'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "create" -d 'Create a container'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "modify" -d 'Modify the properties of a container'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "delete" -d 'Delete a container (with -r, a non-empty one: everything in it too)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "empty" -d 'Empty a container (delete every object in it)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and not __fish_seen_subcommand_from list info create modify delete empty reassign" -f -a "reassign" -d 'Assign a container to a different project'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l number -d 'Show at most this many' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l marker -d 'Start after this name' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l until -d 'The listing as it was at this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l if-modified-since -d 'Only if modified since this date (else nothing is listed)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l if-unmodified-since -d 'Only if not modified since this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l details -d 'Show all details'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s r -l recursive -d 'Also list the objects of every container'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l shared-by-me -l shared -d 'Only containers (or objects) shared by me'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l public -d 'Only containers holding public objects (or only public objects)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l until -d 'Its state at this date' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l metadata -d 'Show only its metadata'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l size-limit -d 'Show only its size limit (quota)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s b -l bytes -d 'Sizes in bytes, not human units'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l versioning -d 'Versioning: auto or none' -r -f -a "auto\t''
none\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l limit -d 'The size limit (bytes, or with a unit: KiB, MB, GiB …; 0 = unlimited)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l meta -d 'Set a metadata KEY=VALUE; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l project-id -d 'Charge this project\'s quota' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l policy -d 'A server policy NAME=VALUE (e.g. block-size=4 on the emulator); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l metadata-add -d 'Set a metadata KEY=VALUE; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l metadata-del -d 'Delete a metadata key; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l size-limit -d 'The size limit (bytes, or with a unit: KiB, MB, GiB …; 0 = unlimited)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l versioning -d 'Versioning: auto or none' -r -f -a "auto\t''
none\t''"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s r -l recursive -d 'Empty it first'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from empty" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l project-id -d 'The project to charge' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand container; and __fish_seen_subcommand_from reassign" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -f -a "list" -d 'List all groups and group members'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -f -a "create" -d 'Create (or replace) a group of users'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and not __fish_seen_subcommand_from list create delete" -f -a "delete" -d 'Delete a user group'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l uuid -d 'A member\'s UUID; repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l username -d 'A member\'s user name (email); repeatable' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the HTTP requests that would change things (redacted) and send none of them'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand group; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -f -a "list" -d 'List the accounts that share objects with you'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and not __fish_seen_subcommand_from list info" -f -a "info" -d 'Details on a sharer account (default: your own)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l marker -d 'Start after this account' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s l -l details -d 'Show all details'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand sharer; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -f -a "get" -d 'Show a configuration option: [SECTION.]OPTION, cloud.NAME or cloud'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -f -a "set" -d 'Set a configuration option in the config file (other lines are kept)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -f -a "delete" -d 'Delete a configuration option from the config file'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and not __fish_seen_subcommand_from get set delete list" -f -a "list" -d 'List all configuration options (secrets masked)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l default -d 'Also forget a default value for this session (kamaki compatibility; defaults live in code)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l explain -d 'Show where each value comes from (flag, environment, file:line, default)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l cloud -l os-cloud -d 'Use this cloud (a `[cloud "NAME"]` of the config file, a clouds.yaml cloud, or `local`)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s c -l config -d 'Use this config file instead of ~/.kamakirc (must exist)' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s o -l options -d 'Override a config option for this run only (section defaults to global)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l output-format -d 'Output format on stdout' -r -f -a "table\t'Boxed tables (the default)'
json\t'Indented JSON, the raw answer'
yaml\t'YAML'
csv\t'Comma-separated values with a header row'
value\t'Values only, space-separated, one row per line (for shell scripts)'
ndjson\t'One compact JSON document per line (per list item)'"
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l columns -d 'Show only these columns (fields), comma-separated, in this order' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l sort-column -d 'Sort lists by this column (numbers numerically, then text)' -r
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l ca-certs -d 'Trust the CA certificates in this file too' -r -F
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s d -l debug -d 'Debug output: every log line, HTTP at DEBUG'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s v -l verbose -d 'Show HTTP requests and responses on stderr; -vv adds bodies (always redacted)'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l verbose-with-data -d 'Same as -vv'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -l sort-descending -d 'Sort in descending order (with --sort-column)'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s k -l ignore-ssl -l insecure -d 'Skip TLS certificate verification (insecure)'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kamaki -n "__fish_kamaki_using_subcommand __codegen" -s V -l version -d 'Print version'
