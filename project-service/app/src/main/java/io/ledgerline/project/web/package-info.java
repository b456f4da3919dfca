/** The REST API of project-service under {@code /api/v1/projects}. */
package io.ledgerline.project.web;
