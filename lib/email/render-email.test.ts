import { describe, expect, it } from 'vitest';
import { renderEmail } from './render-email';

describe('renderEmail', () => {
  const email = renderEmail({
    subject: 'Demande DEM-2026-000001 enregistrée',
    greeting: 'Bonjour Paul,',
    paragraphs: ['Objet : <script>alert("x")</script> & co'],
    link: { label: 'Voir la demande', url: 'http://localhost:3000/demandes/DEM-2026-000001' },
  });

  it('writes the same content as text and HTML', () => {
    expect(email.text).toContain('Objet : <script>alert("x")</script> & co');
    expect(email.text).toContain('Voir la demande : http://localhost:3000/demandes/DEM-2026-000001');
    expect(email.html).toContain('href="http://localhost:3000/demandes/DEM-2026-000001"');
  });

  it('escapes every value in the HTML', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; co');
  });
});
