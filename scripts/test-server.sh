# Sourced by scripts/e2e and scripts/fuzz-api: starts the binary built by the
# unit tests on a free port with a throwaway SQLite database and demo data,
# sets $port, and stops it (printing its log on failure) when the caller exits.
# Extra environment for the server: set the array server_env=(VAR=value ...) first.
bin=${GONGDAO_BIN:-target/debug/gongdao}
[ -x "$bin" ] || cargo build --locked --workspace --bin gongdao
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
env GONGDAO_DEMO=1 GONGDAO_ADDR="127.0.0.1:$port" DATABASE_URL="sqlite://$tmp/test.db" GONGDAO_DATA="$tmp/data" \
  RUST_LOG=warn ${server_env[@]+"${server_env[@]}"} "$bin" >"$tmp/server.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log"; exit 1; }
  sleep 0.2
done
server_log() { echo "--- server log"; cat "$tmp/server.log"; }
