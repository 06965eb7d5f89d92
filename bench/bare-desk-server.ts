/**
 * The framework's ceiling for `npm run bench mixed-load`: Fastify answering the mix's routes with
 * the bodies the real server gave once (read as JSON from standard input), from memory: no database,
 * no sign-in, no validation. Prints where it listens; ends on SIGTERM.
 */
import Fastify, { type FastifyReply } from 'fastify';

interface Answers {
  readonly inbox: string;
  readonly page: string;
  readonly created: string;
  readonly event: string;
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const answers = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answers;

const app = Fastify({ logger: false });
const json = (body: string) => (_request: unknown, reply: FastifyReply) => reply.type('application/json').send(body);
app.get('/api/v1/detainers', json(answers.inbox));
app.get('/api/v1/detainers/:id', json(answers.page));
app.post('/api/v1/detainers', (_request, reply) => reply.code(201).type('application/json').send(answers.created));
app.post('/api/v1/detainers/:id/events', (_request, reply) =>
  reply.code(201).type('application/json').send(answers.event),
);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`listening at ${url}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
