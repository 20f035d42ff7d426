; Inno Setup script for minutetaker: a per-user install (no administrator rights)
; into %LOCALAPPDATA%\Programs\minutetaker, with a start-menu entry and an
; uninstaller in Settings > Apps. Needs Inno Setup 6.3 or later.
;
; Build the bundle first (it also writes build\version.iss), then, from the top
; of the checkout:
;     iscc packaging\windows\minutetaker.iss
; The installer is written to dist\minutetaker-<version>-setup.exe.
; See packaging\README.md. This script has not been compiled on the machine
; it was written on (no Windows there).

#define AppName "minutetaker"
#define AppPublisher "The minutetaker developers"
#define GuiExe "minutetaker-gui.exe"

; The version is written in one place, minutetaker\__init__.py. The PyInstaller
; spec copies it into build\version.iss; /DAppVersion=x.y.z on the command line
; overrides it.
#ifndef AppVersion
  #define VersionFile AddBackslash(SourcePath) + "..\..\build\version.iss"
  #if FileExists(VersionFile)
    #include VersionFile
  #else
    #error build\version.iss is missing: build the bundle first (see packaging\README.md)
  #endif
#endif

[Setup]
; The AppId identifies the program to Windows for updates and uninstalling:
; never change it.
AppId={{B638A873-4E55-44C6-A3BD-FB43EC58AA9B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\minutetaker.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle that PyInstaller built.
Source: "..\..\dist\minutetaker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} is the user's own Start menu in a per-user install.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Comment: "Take the minutes of a meeting"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The archive of meetings lives in %LOCALAPPDATA%\minutetaker, outside {app}:
; uninstalling never deletes it.
