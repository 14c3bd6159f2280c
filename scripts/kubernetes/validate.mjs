// Validates the manifests quarkus-kubernetes generated (target/kubernetes/kubernetes.json) against the Kubernetes
// JSON schemas bundled in kubernetes-models (types, enums, required fields; offline), then checks what the README
// promises of them: a Deployment with startup, liveness and readiness probes on /q/health/*, resource requests and
// limits, the database from the Secret; a Service; a PodDisruptionBudget. A deliberately broken copy must be
// refused, so the validator is known to bite.
// Usage: node validate.mjs [target/kubernetes/kubernetes.json]
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'target/kubernetes/kubernetes.json';
const parsed = JSON.parse(readFileSync(file, 'utf8'));
const resources = Array.isArray(parsed) ? parsed : parsed.items ?? [parsed];

async function model(resource) {
  const module = resource.apiVersion.includes('/') ? resource.apiVersion : `v1`;
  const models = await import(`kubernetes-models/${module}`);
  const Model = models[resource.kind];
  if (!Model) throw new Error(`no schema for ${resource.apiVersion} ${resource.kind}`);
  return new Model(resource);
}

async function validate(resource) {
  (await model(resource)).validate();
}

let failed = false;
for (const resource of resources) {
  try {
    await validate(resource);
    console.log(`valid: ${resource.apiVersion} ${resource.kind} ${resource.metadata?.name}`);
  } catch (e) {
    failed = true;
    console.error(`INVALID: ${resource.apiVersion} ${resource.kind} ${resource.metadata?.name}: ${e.message}`);
  }
}

const byKind = (kind) => resources.filter((r) => r.kind === kind);
try {
  assert.equal(byKind('Deployment').length, 1, 'one Deployment');
  assert.equal(byKind('Service').length, 1, 'one Service');
  assert.equal(byKind('PodDisruptionBudget').length, 1, 'one PodDisruptionBudget');
  const deployment = byKind('Deployment')[0];
  const container = deployment.spec.template.spec.containers[0];
  for (const [probe, path] of [['startupProbe', '/q/health/started'], ['livenessProbe', '/q/health/live'], ['readinessProbe', '/q/health/ready']]) {
    assert.equal(container[probe]?.httpGet?.path, path, `${probe} on ${path}`);
  }
  for (const part of ['requests', 'limits']) {
    assert.ok(container.resources?.[part]?.cpu && container.resources?.[part]?.memory, `resources.${part} cpu and memory`);
  }
  assert.ok(container.envFrom?.some((e) => e.secretRef?.name === 'summitgraph-db'), 'the database configured from the Secret');
  assert.ok(!deployment.spec.template.spec.initContainers, 'no init container (nothing pulled besides the image)');
  const pdb = byKind('PodDisruptionBudget')[0];
  const labels = deployment.spec.template.metadata.labels;
  for (const [key, value] of Object.entries(pdb.spec.selector.matchLabels)) {
    assert.equal(labels[key], value, `the PodDisruptionBudget selects the Deployment's pods (${key})`);
  }
  const service = byKind('Service')[0];
  for (const [key, value] of Object.entries(service.spec.selector)) {
    assert.equal(labels[key], value, `the Service selects the Deployment's pods (${key})`);
  }
} catch (e) {
  failed = true;
  console.error(`INVALID: ${e.message}`);
}

// The validator must refuse a broken Deployment (a string where the schema wants an integer, a missing image).
const broken = structuredClone(byKind('Deployment')[0]);
broken.spec.replicas = 'two';
delete broken.spec.template.spec.containers[0].name;
try {
  await validate(broken);
  failed = true;
  console.error('The validator accepted a broken Deployment');
} catch {
  console.log('a broken Deployment is refused, as it must be');
}

if (failed) {
  console.error('Kubernetes manifests: INVALID');
  process.exit(1);
}
console.log(`Kubernetes manifests valid (${resources.length} resources)`);
