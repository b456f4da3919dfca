-- Repair of stored budget alerts without caller metadata (issue 15). Until the inbox's end-of-transaction work ran as
-- the caller that asked for it, billing stored BudgetThresholdCrossedEvent without tenant, actor or request, the
-- publisher sent them so and every consumer dead-lettered them. The project the alert is about names its tenant; the
-- actor is billing itself, as for every reaction; the request that caused it is unknown, so the event stands for
-- itself (correlation id = its own id, no causation id). Events that have a tenant are left alone, so running this
-- again changes nothing. Afterwards a replay of integration-publisher sends the repaired alerts (docs/operations.md).
UPDATE domain_event_entry AS stored
SET meta_data = convert_to((convert_from(stored.meta_data, 'UTF8')::jsonb || jsonb_build_object(
        'tenant', project.tenant,
        'actor', 'system:billing-service',
        'correlationId', stored.event_identifier))::text, 'UTF8')
FROM billing_project AS project
WHERE stored.aggregate_identifier = project.project_id
  AND stored.payload_type = 'io.ledgerline.billing.command.api.BudgetThresholdCrossedEvent'
  AND NOT (convert_from(stored.meta_data, 'UTF8')::jsonb ? 'tenant');
