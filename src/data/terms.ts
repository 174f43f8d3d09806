import { getAreasOfNeed, getAudiences } from './content';

/** Looks up the labels of the areas of need and audiences an entry refers to, in taxonomy order. */
export async function labelsFor(references: { areasOfNeed: { id: string }[]; audiences: { id: string }[] }) {
  const [areas, audiences] = await Promise.all([getAreasOfNeed(), getAudiences()]);
  const pick = (all: { id: string; data: { label: string } }[], wanted: { id: string }[]) => {
    const ids = new Set(wanted.map((reference) => reference.id));
    return all.filter((term) => ids.has(term.id)).map((term) => ({ id: term.id, label: term.data.label }));
  };
  return { areasOfNeed: pick(areas, references.areasOfNeed), audiences: pick(audiences, references.audiences) };
}

/** The same, as the labels alone: what feeds and search filters show. */
export async function termLabels(references: { areasOfNeed: { id: string }[]; audiences: { id: string }[] }) {
  const labels = await labelsFor(references);
  return { areasOfNeed: labels.areasOfNeed.map((term) => term.label), audiences: labels.audiences.map((term) => term.label) };
}
