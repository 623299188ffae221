#!/usr/bin/env bash
# Creates, configures, starts, stops and deploys to our Payara domain. Every step is safe to repeat.
#
#   domain.sh setup     create the domain if missing, then (re)apply our configuration; leaves it running
#   domain.sh deploy F  deploy the EAR F (replacing an earlier deployment)
#   domain.sh start | stop | status
#   domain.sh enrol-admin --token-label L --holder-name N --holder-id-number ID --holder-phone P [--library LIB]
#                       once, after the first deploy on an empty database: enrols the first administrator's dongle
#                       (the token, on this machine) and binds it to admin; PIN from BUILDREG_TOKEN_PIN or asked for
#   domain.sh migrate F with a separate schema owner (BUILDREG_DB_SCHEMA): the owner migrates the schema to the EAR F's
#                       version and grants BUILDREG_DB_USER its tables; run before deploying F (the deploy only checks)
#
# Settings (environment):
#   BUILDREG_HOME        where domains and the H2 data live       (default: <repo>/.run)
#   BUILDREG_DOMAIN      domain name                              (default: buildreg)
#   BUILDREG_PORTBASE    admin = base+48, http = base+80, https = base+81 (default: 8000)
#   BUILDREG_DB          h2 (embedded default) | oracle
#   BUILDREG_DB_URL, BUILDREG_DB_USER, BUILDREG_DB_PASSWORD   the Oracle connection (BUILDREG_DB=oracle)
#   BUILDREG_DB_SCHEMA   Oracle: the schema's owner, when BUILDREG_DB_USER is not (it then reads and writes only)
#   BUILDREG_DB_OWNER_PASSWORD   migrate only: that owner's password
#   BUILDREG_DEMO        true loads the demo accounts at deploy    (default: false)
#   BUILDREG_HEAP        maximum heap                             (default: 1g)
#   BUILDREG_DONGLE_AGENT  where the login page finds the dongle agent (default: http://127.0.0.1:17151)
#   BUILDREG_DEMO_TOKEN, BUILDREG_DEMO_TOKEN_PIN   demo only: the label and PIN of the SoftHSM2 token on which the
#                        demo data enrols a dongle for every demo account (SOFTHSM2_CONF must be exported too)
#   BUILDREG_PKCS11_LIBRARY  the PKCS#11 library of that token   (default: /usr/lib/softhsm/libsofthsm2.so)
#   BUILDREG_BYTE_CHECKS  tests only, on H2: refuse what Oracle's byte limits of VARCHAR2 would (default: false)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
payara="$here/target/payara6"
asadmin="$payara/bin/asadmin"
home=${BUILDREG_HOME:-$repo/.run}
domain=${BUILDREG_DOMAIN:-buildreg}
portbase=${BUILDREG_PORTBASE:-8000}
db=${BUILDREG_DB:-h2}
demo=${BUILDREG_DEMO:-false}
heap=${BUILDREG_HEAP:-1g}
schema=${BUILDREG_DB_SCHEMA:-}
domaindir="$home/domains"
datadir="$home/data"
adminport=$((portbase + 48))
httpport=$((portbase + 80))

die() { echo "domain.sh: $*" >&2; exit 1; }
if [ -n "$schema" ]; then
    [ "$db" = oracle ] || die "BUILDREG_DB_SCHEMA needs BUILDREG_DB=oracle"
    [[ $schema =~ ^[A-Za-z][A-Za-z0-9_\$#]{0,127}$ ]] || die "BUILDREG_DB_SCHEMA is not a schema name: '$schema'"
fi
[ -x "$asadmin" ] || die "Payara is not unpacked at $payara: run 'mvn -pl payara-config package' first."

remote() { "$asadmin" --port "$adminport" --interactive=false "$@"; }
running() { curl -s -o /dev/null --max-time 3 "http://localhost:$adminport/" ; }

create() {
    if [ -d "$domaindir/$domain" ]; then return; fi
    mkdir -p "$domaindir"
    "$asadmin" --interactive=false create-domain --domaindir "$domaindir" --portbase "$portbase" \
        --nopassword=true --checkports=true "$domain"
}

start() {
    if running; then return; fi
    # JDBC drivers go to the domain's lib folder before start so that the pools find them.
    cp -f "$here/target/jdbc/h2.jar" "$here/target/jdbc/ojdbc11.jar" "$domaindir/$domain/lib/"
    "$asadmin" start-domain --domaindir "$domaindir" "$domain"
}

stop() {
    if [ -d "$domaindir/$domain" ]; then
        "$asadmin" stop-domain --domaindir "$domaindir" "$domain" || true
    fi
}

jvm_option() {
    # Replace an option of that name (whatever its old value) with the new one.
    local name=${1%%=*}
    local old
    for old in $(remote list-jvm-options | grep -E "^${name//./\\.}(=|$)" || true); do
        remote delete-jvm-options -- "${old//:/\\:}" >/dev/null
    done
    remote create-jvm-options -- "${1//:/\\:}" >/dev/null
}

# A value as it may stand in the resources XML (an attribute) and in a sed replacement: a JDBC URL may hold '&'
# (Oracle's connect descriptors and TNS options), which is markup in XML and "the match" in sed.
replacement() {
    printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' \
        | sed -e 's/[\\&#]/\\&/g'
}

configure() {
    mkdir -p "$datadir"
    local resources
    resources=$(mktemp --suffix=.xml)
    case "$db" in
        h2)
            sed "s#@DATA_DIR@#$datadir#" "$here/h2-resources.xml" >"$resources" ;;
        oracle)
            : "${BUILDREG_DB_URL:?BUILDREG_DB_URL is required for BUILDREG_DB=oracle}"
            : "${BUILDREG_DB_USER:?BUILDREG_DB_USER is required for BUILDREG_DB=oracle}"
            : "${BUILDREG_DB_PASSWORD:?BUILDREG_DB_PASSWORD is required for BUILDREG_DB=oracle}"
            local pwfile
            pwfile=$(mktemp)
            printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$BUILDREG_DB_PASSWORD" >"$pwfile"
            remote delete-password-alias buildreg-db-password >/dev/null 2>&1 || true
            remote --passwordfile "$pwfile" create-password-alias buildreg-db-password >/dev/null
            rm -f "$pwfile"
            # A separate owner: every pooled session works in the owner's schema, as the application user.
            local init_sql=""
            if [ -n "$schema" ]; then init_sql="init-sql=\"ALTER SESSION SET CURRENT_SCHEMA=$schema\""; fi
            sed -e "s#@DB_URL@#$(replacement "$BUILDREG_DB_URL")#" -e "s#@DB_USER@#$(replacement "$BUILDREG_DB_USER")#" \
                -e "s#@INIT_SQL@#$init_sql#" "$here/oracle-resources.xml" >"$resources" ;;
        *) die "BUILDREG_DB must be h2 or oracle, not '$db'" ;;
    esac
    if remote list-jdbc-connection-pools | grep -qx buildreg; then
        remote delete-jdbc-connection-pool --cascade=true buildreg >/dev/null
    fi
    remote add-resources "$resources" >/dev/null
    rm -f "$resources"

    # The batch job repository lives in our own datasource, so a chunk commits in one resource. With a separate
    # owner, Payara creates its job tables in the application user's own schema (their DDL is Payara's, not ours).
    if [ -n "$schema" ]; then
        remote set-batch-runtime-configuration --datasourcelookupname jdbc/buildreg --schemaName "$BUILDREG_DB_USER" >/dev/null
    else
        remote set-batch-runtime-configuration --datasourcelookupname jdbc/buildreg >/dev/null
    fi
    # Group names from our identity store are the role names.
    remote set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true >/dev/null
    # One server, no cluster: Hazelcast only slows start-up and opens ports.
    remote set-hazelcast-configuration --enabled=false --dynamic=false >/dev/null
    # Say nothing about the server in responses; SameSite on every cookie.
    for l in http-listener-1 http-listener-2; do
        remote set "configs.config.server-config.network-config.protocols.protocol.$l.http.xpowered-by=false" >/dev/null
        remote set "configs.config.server-config.network-config.protocols.protocol.$l.http.server-header=false" >/dev/null
        # Cookies are not sent on cross-site sub-requests (CSRF defence in depth next to Faces' view state).
        remote set "configs.config.server-config.network-config.protocols.protocol.$l.http.cookie-same-site-value=Lax" >/dev/null
        remote set "configs.config.server-config.network-config.protocols.protocol.$l.http.cookie-same-site-enabled=true" >/dev/null
    done
    jvm_option "-Dfile.encoding=UTF-8"
    jvm_option "-Duser.timezone=Asia/Shanghai"
    jvm_option "-Xmx$heap"
    jvm_option "-Dbuildreg.demo=$demo"
    # With a separate owner the deploy checks the schema (platform.SchemaOwner) instead of migrating it.
    jvm_option "-Dbuildreg.db.schema=$schema"
    # Tests only, on H2: check Oracle's byte limits of every character column (platform.CharacterColumns).
    jvm_option "-Dbuildreg.schema.byte-checks=${BUILDREG_BYTE_CHECKS:-false}"
    jvm_option "-Dbuildreg.dongle.agent=${BUILDREG_DONGLE_AGENT:-http://127.0.0.1:17151}"
    # The platform's public address, for the QR codes and links of sealed PDFs (never the request's Host header),
    # and whether a TLS proxy stands in front (then HSTS and Secure cookies, whatever the proxy forwards as).
    jvm_option "-Dbuildreg.public-url=${BUILDREG_PUBLIC_URL:-http://localhost:$httpport}"
    jvm_option "-Dbuildreg.tls-proxy=${BUILDREG_TLS_PROXY:-false}"
    # The one folder batch jobs read from (server paths of the batch console, uploaded exports).
    local default_imports='${com.sun.aas.instanceRoot}/batch-imports'
    jvm_option "-Dbuildreg.batch.imports=${BUILDREG_IMPORT_DIR:-$default_imports}"
    demo_token
    ca_keystore
    # Stop and start (not restart-domain): a restarted server keeps its old environment, and the demo token needs
    # this one's SOFTHSM2_CONF.
    stop >/dev/null
    start >/dev/null
}

# Demo only: the token the demo data enrols its accounts' dongles on, through the JDK's PKCS#11 provider (which
# reaches the token's label through the PKCS#11 wrapper, hence the export).
demo_token() {
    if [ -z "${BUILDREG_DEMO_TOKEN:-}" ]; then
        jvm_option "-Dbuildreg.demo.token.label="
        return
    fi
    : "${SOFTHSM2_CONF:?SOFTHSM2_CONF must name the SoftHSM2 configuration of the demo token}"
    jvm_option "-Dbuildreg.demo.token.label=$BUILDREG_DEMO_TOKEN"
    jvm_option "-Dbuildreg.demo.token.pin=${BUILDREG_DEMO_TOKEN_PIN:?BUILDREG_DEMO_TOKEN_PIN is required}"
    jvm_option "-Dbuildreg.demo.token.library=${BUILDREG_PKCS11_LIBRARY:-/usr/lib/softhsm/libsofthsm2.so}"
    jvm_option "--add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED"
}

# The dongle CA's PKCS#12 keystore: BUILDREG_CA_KEYSTORE / BUILDREG_CA_PASSWORD name a configured one (production);
# by default the platform creates its own CA in the domain's config directory at first start, its password a
# random password alias made once (a later setup keeps it, or the keystore could no longer be opened).
ca_keystore() {
    local default_keystore='${com.sun.aas.instanceRoot}/config/buildreg-ca.p12'
    local keystore=${BUILDREG_CA_KEYSTORE:-$default_keystore}
    if [ -n "${BUILDREG_CA_PASSWORD:-}" ] || ! remote list-password-aliases 2>/dev/null | grep -qx buildreg-ca-password; then
        local pwfile
        pwfile=$(mktemp)
        printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${BUILDREG_CA_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}" >"$pwfile"
        remote delete-password-alias buildreg-ca-password >/dev/null 2>&1 || true
        remote --passwordfile "$pwfile" create-password-alias buildreg-ca-password >/dev/null
        rm -f "$pwfile"
    fi
    jvm_option "-Dbuildreg.ca.keystore=$keystore"
    jvm_option "-Dbuildreg.ca.password=\${ALIAS=buildreg-ca-password}"
}

# The first administrator's dongle (a fresh production installation): the one-time password the platform wrote
# into the domain's config folder, the dongle agent the platform serves, and the platform's loopback-only enrolment.
enrol_admin() {
    running || die "the domain is not running: start it first (domain.sh start)"
    local file="$domaindir/$domain/config/buildreg-first-admin.txt"
    [ -r "$file" ] || die "no first administrator waits for a dongle ($file is absent): an administrator has one already, or the EAR is not deployed yet"
    local jar password
    jar=$(mktemp --suffix=.jar)
    curl -fsS -o "$jar" "http://localhost:$httpport/download/dongle-agent.jar" || { rm -f "$jar"; die "the platform does not answer on http://localhost:$httpport/"; }
    password=$(head -n 1 "$file")
    if BUILDREG_FIRST_ADMIN_PASSWORD="$password" "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" enrol-first-admin \
            --platform "http://localhost:$httpport" "$@"; then
        rm -f "$jar" "$file"
        echo "首个管理员：登录名 admin，一次性密码 $password（请记下：登录时须插入该加密锁，首次登录须修改密码）"
    else
        rm -f "$jar"
        return 1
    fi
}

deploy() {
    local ear=${1:?usage: domain.sh deploy path/to/buildreg.ear}
    remote deploy --force=true --name buildreg "$ear"
}

migrate() {
    local ear="${1:?usage: domain.sh migrate EAR}"
    [ -f "$ear" ] || die "no EAR at $ear"
    [ -n "$schema" ] || die "migrate is for a separate schema owner (BUILDREG_DB_SCHEMA); otherwise the deploy migrates"
    : "${BUILDREG_DB_URL:?BUILDREG_DB_URL is required}"
    : "${BUILDREG_DB_USER:?BUILDREG_DB_USER (the application user, who is granted the tables) is required}"
    : "${BUILDREG_DB_OWNER_PASSWORD:?BUILDREG_DB_OWNER_PASSWORD (the password of the schema owner) is required}"
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && unzip -q "$(realpath "$ear")" 'buildreg-ejb.jar' 'lib/*')
    # The EAR's own migrations and Flyway, the domain's JDBC drivers; the owner's password only in the environment.
    BUILDREG_DB_OWNER=$schema java -cp "$tmp/buildreg-ejb.jar:$tmp/lib/*:$here/target/jdbc/*" \
        org.buildreg.platform.SchemaOwner || { rm -rf "$tmp"; die "the migration failed"; }
    rm -rf "$tmp"
}

case "${1:-}" in
    setup) create; start; configure
           echo "Domain $domain is running: http://localhost:$httpport/ (admin port $adminport)" ;;
    start) start ;;
    stop) stop ;;
    deploy) shift; deploy "$@" ;;
    enrol-admin) shift; enrol_admin "$@" ;;
    migrate) shift; migrate "$@" ;;
    status) if running; then echo "running: http://localhost:$httpport/"; else echo "stopped"; fi ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
esac
