import type { APIRoute, GetStaticPaths } from 'astro';
import { bulletinEmail } from '../../../data/bulletin-email';
import { getBulletins, type Bulletin } from '../../../data/content';

/** The bulletin as an HTML email, ready to paste or import into a mailing tool. */
export const getStaticPaths = (async () =>
  (await getBulletins()).map((bulletin) => ({ params: { id: bulletin.id }, props: { bulletin } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { html } = await bulletinEmail((props as { bulletin: Bulletin }).bulletin);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
