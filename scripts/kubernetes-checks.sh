#!/usr/bin/env bash
# Validates the Kubernetes manifests `./mvnw verify` generated (target/kubernetes/) against the Kubernetes JSON
# schemas bundled in the npm package kubernetes-models (pinned in scripts/kubernetes/package-lock.json), offline,
# and checks the probes, resources, Secret, Service and PodDisruptionBudget (scripts/kubernetes/validate.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix scripts/kubernetes --no-audit --no-fund --loglevel=error
node scripts/kubernetes/validate.mjs target/kubernetes/kubernetes.json
