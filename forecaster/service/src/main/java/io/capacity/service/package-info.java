/**
 * The Spring Boot service: wiring only. Features live in sub-packages ({@code api}, {@code health}, {@code cli});
 * the forecasting and storage logic lives in the core and store modules.
 */
package io.capacity.service;
