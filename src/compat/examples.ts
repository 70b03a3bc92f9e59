/**
 * The examples the checker opens with: chapter 5's cases (a release that only adds,
 * and one that splits a name) as JSON responses, and the same story as OpenAPI documents.
 */
import type { compat } from '@messages/compat';
import type { CompareMode } from './compare';

export interface CompareExample {
  /** Also the key of its name in the picker (the catalogue's `compat.examples`). */
  id: keyof typeof compat.examples;
  mode: CompareMode;
  before: string;
  after: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

const usersV1 = `openapi: 3.1.0
info:
  title: Users API
  version: 1.0.0
paths:
  /users:
    get:
      parameters:
        - name: status
          in: query
          schema:
            type: string
            enum: [active, suspended]
      responses:
        '200':
          description: A page of users.
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data:
                    type: array
                    items:
                      $ref: '#/components/schemas/User'
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewUser'
      responses:
        '201':
          description: The new user.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/User'
        '422':
          description: A field is missing or invalid.
  /users/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: One user.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/User'
        '404':
          description: No such user.
    delete:
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '204':
          description: Deleted.
components:
  schemas:
    User:
      type: object
      required: [id, name, email, status]
      properties:
        id:
          type: string
        name:
          type: string
        email:
          type: string
          format: email
        status:
          type: string
          enum: [active, suspended]
    NewUser:
      type: object
      required: [name, email]
      properties:
        name:
          type: string
        email:
          type: string
          format: email
        role:
          type: string
          enum: [admin, member, viewer]
`;

// Only additions: a new optional filter, a new response field, a new operation.
const usersV1Additive = usersV1
  .replace(
    `            enum: [active, suspended]
      responses:`,
    `            enum: [active, suspended]
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 100
      responses:`,
  )
  .replace(
    `        status:
          type: string
          enum: [active, suspended]
    NewUser:`,
    `        status:
          type: string
          enum: [active, suspended]
        created_at:
          type: string
          format: date-time
    NewUser:`,
  )
  .replace(
    `components:`,
    `  /users/{id}/avatar:
    get:
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The user's picture.
          content:
            image/png: {}
components:`,
  );

// A release that looks harmless in a changelog and breaks clients in five places.
const usersV2Breaking = usersV1
  .replace(
    `    delete:
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '204':
          description: Deleted.
`,
    '',
  )
  .replace(
    `      required: [id, name, email, status]
      properties:
        id:
          type: string
        name:
          type: string`,
    `      required: [id, first_name, last_name, email, status]
      properties:
        id:
          type: string
        first_name:
          type: string
        last_name:
          type: string`,
  )
  .replace(
    `        status:
          type: string
          enum: [active, suspended]
    NewUser:`,
    `        status:
          type: string
          enum: [active, suspended, pending_verification]
        phone:
          type: [string, 'null']
    NewUser:`,
  )
  .replace(
    `      required: [name, email]
      properties:
        name:
          type: string`,
    `      required: [name, email, tenant_id]
      properties:
        name:
          type: string
        tenant_id:
          type: string`,
  )
  .replace('enum: [admin, member, viewer]', 'enum: [admin, member]')
  .replace('  version: 1.0.0', '  version: 2.0.0');

/** The examples, in the order the picker lists them. */
export const compareExamples: readonly CompareExample[] = [
  {
    id: 'json-additive',
    mode: 'json',
    before: json({ id: 'usr_123', name: 'Ada Lovelace', email: 'ada@example.com' }),
    after: json({
      id: 'usr_123',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      created_at: '2025-03-01T09:30:00Z',
      preferences: { theme: 'dark', notifications: true },
    }),
  },
  {
    id: 'json-split-name',
    mode: 'json',
    before: json({ id: 'usr_123', name: 'Ada Lovelace' }),
    after: json({ id: 'usr_123', first_name: 'Ada', last_name: 'Lovelace' }),
  },
  {
    id: 'json-v2-v3',
    mode: 'json',
    before: json({ user_id: 'usr_123', full_name: 'Ada King Lovelace', contact: 'ada@example.com' }),
    after: json({ id: 'usr_123', name: { first: 'Ada', last: 'King Lovelace' }, email: 'ada@example.com', phone: null }),
  },
  { id: 'openapi-additive', mode: 'openapi', before: usersV1, after: usersV1Additive },
  { id: 'openapi-breaking', mode: 'openapi', before: usersV1, after: usersV2Breaking },
];
