/** The simulated fleet of {@code serve --demo} as the running service shows it ({@code /actuator/info}). */
package io.capacity.service.demo;
