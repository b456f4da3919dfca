/**
 * A token-bucket rate limit per principal: the JWT subject when the request carries a valid token, else the
 * client's address. Buckets live in memory by default; when {@code spring.data.redis.host} is set they live in
 * Redis through Spring Cloud Gateway's {@code RedisRateLimiter}, so that every gateway instance shares them.
 * A refused request gets 429 {@code application/problem+json} with {@code Retry-After}.
 */
package io.ledgerline.gateway.ratelimit;
