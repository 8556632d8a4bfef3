/** The first bytes a file of a kind starts with; a text kind has none but may hold no NUL. */
const PDF = [[0x25, 0x50, 0x44, 0x46, 0x2d]];
const ZIP = [[0x50, 0x4b, 0x03, 0x04]];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];
const PNG = [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]];
const JPEG = [[0xff, 0xd8, 0xff]];
const TIFF = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
const TEKST = 'tekst' as const;

export interface Bestandssoort {
  naam: string;
  formaat: string;
  begin: number[][] | typeof TEKST;
}

const soort = (naam: string, formaat: string, begin: Bestandssoort['begin']): Bestandssoort => ({
  naam,
  formaat,
  begin,
});

/**
 * The kinds of file a zaak may hold, by extension: what the municipality's own documents and
 * what residents send in are. No HTML, scripts or programs: a download is never run or shown inline.
 */
export const bestandssoorten: Record<string, Bestandssoort> = {
  pdf: soort('PDF', 'application/pdf', PDF),
  doc: soort('Word', 'application/msword', OLE),
  docx: soort('Word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ZIP),
  odt: soort('OpenDocument-tekst', 'application/vnd.oasis.opendocument.text', ZIP),
  xls: soort('Excel', 'application/vnd.ms-excel', OLE),
  xlsx: soort('Excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ZIP),
  ods: soort('OpenDocument-rekenblad', 'application/vnd.oasis.opendocument.spreadsheet', ZIP),
  pptx: soort('PowerPoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ZIP),
  txt: soort('tekst', 'text/plain', TEKST),
  csv: soort('CSV', 'text/csv', TEKST),
  eml: soort('e-mail', 'message/rfc822', TEKST),
  msg: soort('Outlook-bericht', 'application/vnd.ms-outlook', OLE),
  png: soort('PNG', 'image/png', PNG),
  jpg: soort('JPEG', 'image/jpeg', JPEG),
  jpeg: soort('JPEG', 'image/jpeg', JPEG),
  tif: soort('TIFF', 'image/tiff', TIFF),
  tiff: soort('TIFF', 'image/tiff', TIFF),
};

export const toegestaan = [...new Set(Object.values(bestandssoorten).map((s) => s.naam))].join(', ');
