# Two commands for everyone: `make run` and `make test`. Both install what is
# missing first (scripts/setup), so a fresh machine needs nothing by hand.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

SERVER_BIN := target/server/gongdao

.PHONY: run test setup web server check unit pg fuzz e2e cluster size clean

## Build everything in release mode and serve the portal on http://127.0.0.1:8080
run: setup web server
	GONGDAO_DEMO=$${GONGDAO_DEMO:-1} $(SERVER_BIN)

## Every test: formatting, lints, unit and API tests, the browser bundle, browser tests
test: setup check unit pg web fuzz e2e cluster size
# A full run builds once: incremental caches would add about 2 GB to target/
# and speed up nothing here (plain `cargo test` while working keeps them).
test: export CARGO_INCREMENTAL = 0

setup:
	@scripts/setup

## The browser bundle, size-optimised; crates are fetched first because Trunk
## runs cargo offline, so that it never downloads a tool
web:
	cargo fetch --locked
	trunk build --release --offline --locked
	trunk build widget.html --release --offline --locked --dist dist/widget-app --public-url /widget-app/

server:
	cargo build --locked --profile server -p server

check:
	cargo fmt --all --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked -p app --no-default-features --features hydrate --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --locked -p app --no-default-features --features widget --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --locked --workspace

## The API tests again, on a throwaway PostgreSQL
pg:
	scripts/pg-test

## Every public API endpoint fuzzed from its OpenAPI document (schemathesis): no 5xx.
## Needs dist/ from `make web`: the server will not start without the bundle
fuzz:
	scripts/fuzz-api

## Browser tests against a real server on a free port and a throwaway database
e2e:
	scripts/e2e

## Two instances behind nginx on PostgreSQL, one killed halfway: nothing
## acknowledged lost or stored twice (bench/cluster; 300 appeals by hand)
cluster:
	GONGDAO_BIN=$${GONGDAO_BIN:-target/debug/gongdao} bench/cluster 60 10

## Gzip size of the app's wasm + JS + CSS
size:
	bench/size

clean:
	rm -rf dist target/server e2e/screenshots e2e/test-results
