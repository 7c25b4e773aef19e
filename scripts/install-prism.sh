#!/usr/bin/env bash
# Install the pinned Stoplight Prism used by the contract tests (tests/contract).
#
# Idempotent: does nothing when tests/contract/node_modules/.bin/prism exists and the
# installed @stoplight/prism-cli version equals the one pinned in package-lock.json.
# Otherwise runs `npm ci` (clean install from the lock file). Exits non-zero on failure.
#
# Usage: scripts/install-prism.sh [--force]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
contract_dir="${repo_root}/tests/contract"
lock="${contract_dir}/package-lock.json"
prism_bin="${contract_dir}/node_modules/.bin/prism"
installed_pkg="${contract_dir}/node_modules/@stoplight/prism-cli/package.json"
force=0
[[ "${1:-}" == "--force" ]] && force=1

die() { echo "install-prism: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "node is not installed (Node >= 18 is required for Prism 5)"
command -v npm >/dev/null 2>&1 || die "npm is not installed"
[[ -f "${lock}" ]] || die "missing ${lock}"

# Version pinned in the lock file (lockfileVersion 3: packages["node_modules/@stoplight/prism-cli"]).
read_version() {
    node -e '
        const fs = require("fs");
        const [file, key] = process.argv.slice(1);
        const data = JSON.parse(fs.readFileSync(file, "utf8"));
        const v = key ? (data.packages || {})[key]?.version : data.version;
        if (!v) process.exit(2);
        process.stdout.write(v);
    ' "$@"
}
wanted="$(read_version "${lock}" "node_modules/@stoplight/prism-cli")" \
    || die "cannot read the @stoplight/prism-cli version from ${lock}"

if [[ ${force} -eq 0 && -x "${prism_bin}" && -f "${installed_pkg}" ]]; then
    have="$(read_version "${installed_pkg}" "" || true)"
    if [[ "${have}" == "${wanted}" ]]; then
        echo "install-prism: @stoplight/prism-cli ${have} already installed"
        exit 0
    fi
    echo "install-prism: installed version '${have}' != locked '${wanted}', reinstalling"
fi

echo "install-prism: installing @stoplight/prism-cli ${wanted} with npm ci"
# SCARF_ANALYTICS=false: opt out of the install-time telemetry of a transitive dependency.
(cd "${contract_dir}" && SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error) \
    || die "npm ci failed in ${contract_dir}"

[[ -x "${prism_bin}" ]] || die "npm ci succeeded but ${prism_bin} is missing"
version_out="$("${prism_bin}" --version 2>&1)" || die "'prism --version' failed: ${version_out}"
[[ "${version_out}" == "${wanted}" ]] || die "prism --version printed '${version_out}', expected '${wanted}'"
echo "install-prism: @stoplight/prism-cli ${version_out} installed"
