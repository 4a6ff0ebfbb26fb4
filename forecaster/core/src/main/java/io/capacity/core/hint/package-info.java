/** How log lines name the option that overrides an automatic decision, for every front end to show its own way. */
package io.capacity.core.hint;
