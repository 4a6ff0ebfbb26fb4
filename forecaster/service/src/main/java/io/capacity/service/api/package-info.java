/** The REST API under {@code /api/v1}; errors are RFC 9457 problem+json. */
package io.capacity.service.api;
