/**
 * Running a model over many series: in parallel, with gap filling and a graded fallback so one bad series never
 * stops a batch. The CLI's {@code forecast} command and the service's scheduled pipeline both go through here.
 */
package io.capacity.core.batch;
