import { generate } from 'selfsigned';
import { DAY } from '../lib/time';

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A fresh self-signed certificate for each start: nothing secret is ever committed, and Chromium
 * accepts it only because the test profile is launched with --ignore-certificate-errors.
 */
export async function makeCertificate(): Promise<Certificate> {
  const pems = await generate([{ name: 'commonName', value: 'Undertow replay exchange' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 7 * DAY),
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: '*' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
