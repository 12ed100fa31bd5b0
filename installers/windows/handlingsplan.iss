; Inno Setup 6 script: Handlingsplan for the current user, without administrator rights.
;
; Built by .github/workflows/windows-installer.yml after `python installers\build.py`:
;   iscc /DAppVersion=0.1.0 installers\windows\handlingsplan.iss
; It installs the PyInstaller bundle into %LOCALAPPDATA%\Programs\Handlingsplan,
; adds a start-menu entry, opens .hplan plan files with the app (HKCU only) and
; registers an uninstaller.  The users' plan databases live in %APPDATA%\Handlingsplan
; and are neither replaced by an update nor removed by the uninstaller.

#ifndef AppVersion
  #error Ange versionen: iscc /DAppVersion=X.Y.Z installers\windows\handlingsplan.iss
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\build\pyinstaller\dist\handlingsplan"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\handlingsplan.ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\build\dist"
#endif

#define AppName "Handlingsplan"
#define AppExe "handlingsplan.exe"
#define ProgId "Handlingsplan.Planfil"

[Setup]
; A fixed AppId makes a newer installer update this installation in place.
AppId={{6B0F2A61-4C3E-4E0B-9B7A-2D5E8C1F4A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per-user: no UAC prompt; {autopf} is %LOCALAPPDATA%\Programs and HKA is HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=handlingsplan-{#AppVersion}-setup
Compression=lzma2/fast
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder bundle.  Files of an older version that the new one no
; longer has are removed first, so an update never mixes two versions.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Kommunens handlingsplan med uppföljning"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .hplan plan files open with the app: per user, under HKCU\Software\Classes.
Root: HKCU; Subkey: "Software\Classes\.hplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.hplan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-handlingsplan"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.hplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Planfil för Handlingsplan"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
