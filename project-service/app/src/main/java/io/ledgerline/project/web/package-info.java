/**
 * The REST API of project-service under {@code /api/v1/clients} and {@code /api/v1/projects}: request records
 * validated here (400 with field errors), commands sent through Axon's {@code CommandGateway}, reads from the
 * {@code query} read models, ETags that are aggregate versions and If-Match that becomes the expected version.
 */
package io.ledgerline.project.web;
