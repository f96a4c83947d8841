// Saved documents — plans and portfolios — their formats, migration chains and share-link codecs,
// all opened through one reader. Pure: files, links and storage hand their text or JSON in.
export * from './reader';
export * from './links';
export * from './planDocument';
export * from './portfolioDocument';
export * from './libraryDocument';
export * from './library';
