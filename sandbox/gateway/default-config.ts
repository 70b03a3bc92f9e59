/**
 * The document the gateway starts with (and returns to on sandbox reset): two services in
 * front of the users and orders APIs, like the Kong example of chapter 9, and a canary
 * release of the orders service taking 10% of the orders traffic, like its Istio example.
 * Limits and faults are chosen so the lab shows each policy at work within a few dozen requests.
 */
export const DEFAULT_GATEWAY_CONFIG = `# The sandbox's API gateway. Edit and apply: the gateway reloads it,
# or lists every problem and keeps the previous document in force.
seed: 1

services:
  - name: user-service
    upstream: /api/v1/users
    plugins:
      - name: request-id
      - name: rate-limiting
        config:
          minute: 60
          hour: 1000

  - name: order-service
    upstream: /api/v1/orders
    plugins:
      - name: request-id
      - name: rate-limiting
        config:
          minute: 120
          hour: 2000

  - name: order-service-canary
    upstream: /api/v1/orders
    variant: canary
    plugins:
      - name: request-id

  - name: me-service
    upstream: /api/v1/me
    plugins:
      - name: request-id
      - name: jwt
        config:
          algorithms: [ES256]

routes:
  - name: users-route
    service: user-service
    paths: [/api/v1/users]
    methods: [GET, POST, PATCH, DELETE]

  - name: orders-route
    service: order-service
    paths: [/api/v1/orders]
    methods: [GET, POST]
    traffic:
      destinations:
        - service: order-service
          weight: 90
        - service: order-service-canary
          weight: 10
      retries:
        attempts: 2
        per_try_timeout: 2s
      fault:
        delay:
          percentage: 5
          fixed_delay: 3s

  - name: me-route
    service: me-service
    paths: [/api/v1/me]
    methods: [GET]
`;
