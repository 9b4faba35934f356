/**
 * Alerting rules and the runbooks they name (SPEC §7): Prometheus rule files and Kubernetes
 * {@code PrometheusRule} objects read with every position kept, and their runbook URLs resolved
 * to runbooks of the set, offline.
 */
package dev.runbook.core.alerts;
