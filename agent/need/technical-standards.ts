/**
 * Names of interfaces, connectors, wireless and media standards and display or storage technologies ("USB", "HDMI",
 * "Bluetooth", "Qi", "NFC"), as the tokenizer yields them (lower case, no accents; "USB-C" is "usb" then "c", "Wi-Fi"
 * is "wi" then "fi"). Written in capitals like a brand ("JBL"), they name what a product has or supports, never who
 * makes it: a word here is known, so it is never read as a maker's name, and where no declared attribute explains it,
 * it is reported as not understood.
 */
export const TECHNICAL_STANDARD_WORDS: readonly string[] = [
  // connectors and buses
  'usb', 'usbc', 'hdmi', 'displayport', 'dp', 'vga', 'dvi', 'thunderbolt', 'lightning', 'magsafe', 'ethernet', 'rj45', 'sata', 'nvme', 'pcie',
  'aux', 'jack', 'xlr', 'midi', 'sd', 'microsd', 'sdxc', 'sdhc', 'otg', 'pd',
  // wireless, positioning and networks
  'bluetooth', 'ble', 'wifi', 'wlan', 'nfc', 'qi', 'zigbee', 'zwave', 'gps', 'glonass', 'lte', 'dab', 'fm', 'airplay',
  'miracast', 'dlna', 'uwb',
  // audio codecs and sound formats
  'aptx', 'ldac', 'aac', 'sbc', 'lc3', 'anc', 'enc', 'atmos', 'dts', 'hifi',
  // screens, images and storage
  'led', 'lcd', 'oled', 'amoled', 'qled', 'ips', 'hdr', 'hdr10', 'uhd', 'fhd', 'qhd', 'wqhd', 'hd', 'ssd', 'hdd', 'ram', 'ddr4', 'ddr5', 'emmc',
];
