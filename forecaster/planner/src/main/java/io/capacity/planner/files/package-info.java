/** Reading input files: what went wrong, in the words a user knows ({@code FileErrors}). */
package io.capacity.planner.files;
