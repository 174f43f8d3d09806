// Imports name their .ts files so `npm run email` can read this config with Node alone.
import { environment } from './src/environment.ts';
import { defineSiteConfig } from './src/lib/site-config.ts';

// The one file another council edits to reuse this engine (with the content/ folder).
export default defineSiteConfig({
  name: 'Birmingham SEND and Inclusion news',
  description:
    'Monthly SEND and Inclusion updates from Birmingham City Council, with the events and consultations they announce.',
  bulletins: { name: 'SEND and Inclusion Update', topic: 'SEND and Inclusion' },
  organisation: { name: 'Birmingham City Council', url: 'https://www.birmingham.gov.uk' },
  // Replace with the address the site is published at; SITE_URL overrides it for a deployment.
  url: environment.siteUrl ?? 'https://send-news.example.org',
  language: 'en-GB',
  localOffer: { label: 'Local Offer Birmingham', url: 'https://www.localofferbirmingham.co.uk/' },
  social: [
    {
      label: 'Birmingham SEND on Instagram (@LocalOfferBirmingham)',
      service: 'Instagram',
      url: 'https://www.instagram.com/localofferbirmingham/',
    },
    { label: 'Birmingham SEND on Facebook', service: 'Facebook', url: 'https://www.facebook.com/SENDBirmingham' },
  ],
  closingSoonDays: 7,
  // Only what the source bulletins give. Helen Ellis signs the bulletins and asks readers to
  // "get in touch" about them (December 2025); the February 2026 issue gives her address.
  // The bulletins give no phone number, postal address, list of other formats or email
  // sign-up page: add contact.phone, contact.post, contact.alternativeFormats and
  // emailUpdates when the council provides them, and the pages will show them.
  contact: {
    email: 'Helen.Ellis@birmingham.gov.uk',
  },
  accessibility: {
    contact: { label: 'Contact Local Offer Birmingham', url: 'https://www.localofferbirmingham.co.uk/' },
    prepared: '2026-11-27',
    lastReviewed: '2026-11-27',
    firstPublished: '2026-11-27',
  },
  email: {
    // Replace with the address the council sends bulletins from (used by `npm run email`).
    from: { name: 'Birmingham SEND and Inclusion news', address: 'send-news@example.org' },
    // To put your mailing tool's unsubscribe placeholder in the email's footer, add it as
    // unsubscribe, for example unsubscribe: '*|UNSUB|*' for Mailchimp. Unset, there is none.
  },
});
