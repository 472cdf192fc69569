package dev.dtu.server.delivery;

/**
 * How a delivery ended.
 *
 * @param attempts how many requests were sent
 * @param status the last HTTP status (0 when the last attempt got no answer)
 */
public record DeliveryResult(boolean delivered, int attempts, int status, String responseBody) {}
