# syntax=docker/dockerfile:1
# Multi-stage build: compile in the official Swift image, run from a small Debian base with
# the Swift standard library linked statically (no toolchain in the final image).

# The toolchain CI builds and tests with (Swift 6.3).
FROM swift:6.3-bookworm AS build
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product eqp-sandbox \
 && cp "$(swift build -c release --static-swift-stdlib --show-bin-path)/eqp-sandbox" /eqp-sandbox

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin eqp \
 && mkdir -p /data && chown 10001:10001 /data
COPY --from=build /eqp-sandbox /srv/eqp-sandbox/eqp-sandbox
RUN ln -s /srv/eqp-sandbox/eqp-sandbox /usr/local/bin/eqp-sandbox
COPY seed-data /srv/eqp-sandbox/seed-data
COPY openapi /srv/eqp-sandbox/openapi
ENV EQP_SANDBOX_HOST=0.0.0.0 \
    EQP_SANDBOX_PORT=8080 \
    EQP_SANDBOX_SEED_DATA=/srv/eqp-sandbox/seed-data
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=2s --retries=3 \
  CMD ["/usr/local/bin/eqp-sandbox", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/eqp-sandbox"]
